"""The fixtures' Word set-up, shared by the fixture generators in tools/."""

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt

FONT = "Noto Serif CJK SC"


def set_font(doc):
    st = doc.styles["Normal"]
    st.font.name = FONT
    st.font.size = Pt(10)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)


def new_document(opts, margin_cm):
    """A document in the fixtures' font (landscape if `opts` asks) and its section."""
    doc = Document()
    set_font(doc)
    sec = doc.sections[0]
    if opts.get("landscape"):
        sec.orientation, sec.page_width, sec.page_height = WD_ORIENT.LANDSCAPE, sec.page_height, sec.page_width
    sec.left_margin = sec.right_margin = Cm(margin_cm)
    return doc, sec
