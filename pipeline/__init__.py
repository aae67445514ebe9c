"""Raw report text -> DocBook 5 XML -> print-ready PDF, Word DOCX and EPUB 3.

    pipeline build examples/hexi-2010.txt            # output/hexi-2010.pdf, .docx, .epub
    pipeline xml report.txt && pipeline render build/report.xml --to pdf
    make pdf SOURCE=report.txt

The stages, in order (pipeline.stages.STAGES): decode -> clean -> structure ->
figures -> xml -> render -> verify. One sub-package per stage; pipeline.build
and pipeline.cli are the only places that touch files.
"""
__version__ = "0.1.0"

from .regex_cache import install as _install_regex_table

_install_regex_table()      # recorded compiled patterns: start-up (pipeline/regex_cache.py)
