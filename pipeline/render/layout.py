"""Layout facts shared by the PDF renderer and the verifier.

The PDF keeps running heads and folios inside the outer bands of each page and
never lets body text into them, so the verifier can crop them away. Front matter
pages (title page, contents, list of figures and tables) carry lower-case roman
page labels; the body starts at the page labelled "1".
"""
# Only for PDFs without /Artifact marks or /ArtBox (written before either): the verifier now
# finds running heads and folios by what they are (pipeline/verify/extract.body_area).
MARGIN_BAND = 0.09   # fraction of the page height, at the top and at the bottom
