"""The command line, ``vnpolicy``: thin shells over the library, one module per family of commands."""
