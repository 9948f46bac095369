"""Heuristic data: tag sets, class/id vocabularies, phrase lists, date words, stop words, numbers.

Data, not logic: the only code here compiles the data. Nothing in this package imports the
pipeline stages.
"""
