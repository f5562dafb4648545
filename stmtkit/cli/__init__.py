"""The command line: thin click commands over the library (no parsing logic here)."""
