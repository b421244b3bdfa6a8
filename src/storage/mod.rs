//! The device edge: session progress, opt-in history, export/import files, trainer config.
