//! Persona tests: written by the content work.
