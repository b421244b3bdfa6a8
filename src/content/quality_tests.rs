//! Quality of the English texts: readability and originality. Written with the content.
