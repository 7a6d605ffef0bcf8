#!/usr/bin/env python3
"""Builds the .docx fixtures of the reader the way offices make them: python-docx for
the document, and WordprocessingML written out where python-docx has no API (numbering
definitions, tracked changes, fields, text boxes, footnotes).

    scripts/lib/tools.sh's venv:  ~/.cache/hoinghi/py-readers/bin/python tests/docx/make_fixtures.py

Writes tests/docx/fixtures/*.docx (hand-made documents, and files that are not
.docx) and tests/docx/corpus/*.docx (every plan of tests/corpus/ and examples/plans/
as Word would hold it). The files are checked in, so tests never need Python; run
this again after changing it. Output is deterministic (fixed zip dates and core
properties), so an unchanged script rewrites identical files.
"""

import copy
import io
import re
import struct
import sys
import zipfile
from pathlib import Path

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import qn
from docx.shared import Pt

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "docx" / "fixtures"
CORPUS = ROOT / "tests" / "docx" / "corpus"
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NSDECL = f'xmlns:w="{W_NS}"'


# ---------------------------------------------------------------------------
# Numbering: definitions written as Word writes them, and a simulation of how Word
# shows them (the same rules as crates/hoinghi/src/docx/numbering.rs), used to decide
# when a typed marker can become automatic numbering without changing the text.


class Lists:
    """The abstract definitions and lists (w:num) of one document."""

    def __init__(self):
        self.abstracts = {}  # id -> list of (fmt, text, start) per level
        self.nums = []  # (numId, abstractId, {ilvl: startOverride})

    def abstract(self, aid, levels):
        self.abstracts[aid] = levels
        return aid

    def num(self, aid, overrides=None):
        num_id = len(self.nums) + 1
        self.nums.append((num_id, aid, dict(overrides or {})))
        return num_id

    def xml(self):
        out = [f"<w:numbering {NSDECL}>"]
        for aid, levels in self.abstracts.items():
            out.append(f'<w:abstractNum w:abstractNumId="{aid}"><w:multiLevelType w:val="hybridMultilevel"/>')
            for ilvl, (fmt, text, start) in enumerate(levels):
                indent = 360 * (ilvl + 1)
                out.append(
                    f'<w:lvl w:ilvl="{ilvl}"><w:start w:val="{start}"/><w:numFmt w:val="{fmt}"/>'
                    f'<w:lvlText w:val="{esc(text)}"/><w:lvlJc w:val="left"/>'
                    f'<w:pPr><w:ind w:left="{indent}" w:hanging="360"/></w:pPr>'
                    + ('<w:rPr><w:rFonts w:ascii="Symbol" w:hAnsi="Symbol" w:hint="default"/></w:rPr>' if text == "\uf0b7" else "")
                    + "</w:lvl>"
                )
            out.append("</w:abstractNum>")
        for num_id, aid, overrides in self.nums:
            out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{aid}"/>')
            for ilvl, start in sorted(overrides.items()):
                out.append(f'<w:lvlOverride w:ilvl="{ilvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>')
            out.append("</w:num>")
        out.append("</w:numbering>")
        return "".join(out)


ROMAN = [(1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I")]


def roman(n):
    out = ""
    for value, numeral in ROMAN:
        while n >= value:
            out += numeral
            n -= value
    return out


def fmt_number(n, fmt):
    if fmt == "upperRoman":
        return roman(n)
    if fmt == "lowerLetter":
        return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)
    return str(n)


class Counters:
    """Word's counters, per abstract definition (see numbering.rs)."""

    def __init__(self, lists):
        self.lists = lists
        self.values = {}  # aid -> [value or None] * 9
        self.started = set()

    def label(self, num_id, ilvl, commit):
        _, aid, overrides = self.lists.nums[num_id - 1]
        levels = self.lists.abstracts[aid]
        values = list(self.values.get(aid, [None] * 9))

        def start(level):
            return overrides.get(level, levels[level][2] if level < len(levels) else 1)

        if num_id not in self.started:
            for level in overrides:
                values[level] = None
        values[ilvl] = start(ilvl) if values[ilvl] is None else values[ilvl] + 1
        for deeper in range(ilvl + 1, 9):
            values[deeper] = None
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            label = text
        else:
            label = re.sub(
                r"%([1-9])",
                lambda m: fmt_number(
                    values[int(m.group(1)) - 1] if values[int(m.group(1)) - 1] is not None else start(int(m.group(1)) - 1),
                    levels[int(m.group(1)) - 1][0],
                ),
                text,
            )
        if commit:
            self.values[aid] = values
            self.started.add(num_id)
        return label


class Numberer:
    """Turns typed markers ("I.", "2.", "2.1.", "a)", "-", "+") into automatic
    numbering when Word would show exactly what was typed, restarting a list (a new
    w:num with a start override) where the typed numbers start again."""

    PATTERNS = [
        ("roman", re.compile(r"^(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\.\s+(\S.*)$")),
        ("decimal2", re.compile(r"^(\d{1,2})\.(\d{1,2})\.\s+(\S.*)$")),
        ("decimal", re.compile(r"^(\d{1,2})\.\s+(\S.*)$")),
        ("letter", re.compile(r"^([a-z])\)\s+(\S.*)$")),
        ("bullet", re.compile(r"^([-+•])\s+(\S.*)$")),
    ]

    def __init__(self):
        self.lists = Lists()
        self.counters = Counters(self.lists)
        self.roman = self.lists.abstract(0, [("upperRoman", "%1.", 1)])
        self.decimal = self.lists.abstract(1, [("decimal", "%1.", 1), ("decimal", "%1.%2.", 1)])
        self.letter = self.lists.abstract(2, [("lowerLetter", "%1)", 1)])
        self.bullets = {
            "-": self.lists.abstract(3, [("bullet", "-", 1), ("bullet", "+", 1)]),
            "•": self.lists.abstract(4, [("bullet", "\uf0b7", 1)]),
        }
        self.current = {}  # aid -> numId
        self.used = False

    def split(self, line):
        """(numId, ilvl, text) when the line's marker can be automatic, else None."""
        for kind, pattern in self.PATTERNS:
            m = pattern.match(line)
            if not m:
                continue
            if kind == "bullet":
                char = m.group(1)
                aid = self.bullets["-"] if char in "-+" else self.bullets["•"]
                ilvl = 1 if char == "+" else 0
                typed = char
                overrides = []
            elif kind == "roman":
                aid, ilvl, typed = self.roman, 0, m.group(1) + "."
                overrides = [{0: [v for v, r in enumerate([""] + [roman(i) for i in range(1, 13)]) if r == m.group(1)][0]}]
            elif kind == "decimal":
                aid, ilvl, typed = self.decimal, 0, m.group(1) + "."
                overrides = [{0: int(m.group(1))}]
            elif kind == "decimal2":
                aid, ilvl, typed = self.decimal, 1, f"{m.group(1)}.{m.group(2)}."
                overrides = [{0: int(m.group(1)), 1: int(m.group(2))}]
            else:
                aid, ilvl, typed = self.letter, 0, m.group(1) + ")"
                overrides = [{0: ord(m.group(1)) - ord("a") + 1}]
            text = m.group(m.lastindex)
            candidates = ([self.current[aid]] if aid in self.current else []) + [None]
            for candidate in candidates:
                if candidate is None:
                    for o in overrides or [{}]:
                        num_id = self.lists.num(aid, o)
                        if self.counters.label(num_id, ilvl, commit=False) == typed:
                            break
                        self.lists.nums.pop()
                    else:
                        continue
                else:
                    num_id = candidate
                    if self.counters.label(num_id, ilvl, commit=False) != typed:
                        continue
                self.counters.label(num_id, ilvl, commit=True)
                self.current[aid] = num_id
                self.used = True
                return num_id, ilvl, text
            return None
        return None


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&quot;")


# ---------------------------------------------------------------------------
# Documents


def new_document():
    document = docx.Document()
    style = document.styles["Normal"]
    style.font.name = "Times New Roman"
    style.font.size = Pt(14)
    core = document.core_properties
    core.author = "hoinghi fixtures"
    core.last_modified_by = "hoinghi fixtures"
    import datetime

    stamp = datetime.datetime(2024, 1, 1, 0, 0, 0)
    core.created = stamp
    core.modified = stamp
    core.revision = 1
    return document


def set_numbering(document, lists):
    """Replaces the template's numbering part with these definitions."""
    part = document.part.numbering_part
    part._element = parse_xml(lists.xml())


def number(paragraph, num_id, ilvl):
    p_pr = paragraph._p.get_or_add_pPr()
    num_pr = parse_xml(f'<w:numPr {NSDECL}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    p_pr.append(num_pr)


def add_xml(paragraph, xml):
    """Appends raw WordprocessingML (runs, fields, changes) to a paragraph."""
    wrapper = parse_xml(f"<w:wrap {NSDECL} {EXTRA_NS}>{xml}</w:wrap>")
    for child in list(wrapper):
        paragraph._p.append(child)


EXTRA_NS = (
    'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
    'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
    'xmlns:v="urn:schemas-microsoft-com:vml"'
)


def cell_lines(cell, lines, bold=False, italic=False, numbered=None):
    """Fills a cell with one paragraph per line ("" for an empty spacer)."""
    cell.paragraphs[0]._p.getparent().remove(cell.paragraphs[0]._p)
    for line in lines:
        p = cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if numbered and line.startswith("- "):
            number(p, *numbered)
            line = line[2:]
        if line:
            run = p.add_run(line)
            run.bold = bold
            run.italic = italic


def save(document, path):
    buffer = io.BytesIO()
    document.save(buffer)
    write_deterministic(buffer.getvalue(), path)


def write_deterministic(data, path):
    """Rewrites a zip with fixed dates and sorted-as-written entries."""
    src = zipfile.ZipFile(io.BytesIO(data))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(2024, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(fixed, src.read(info.filename))
    path.write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The sample plan as an office drafts it in Word: header table, automatic numbering
# for every "I.", "1.", "2.1", "-" and "+", signature and Nơi nhận side by side.

SAMPLE = ROOT / "examples" / "plans" / "ke-hoach-05-KH-DTN-VP.txt"


def sample_with_numbering():
    lists = Lists()
    sections = lists.abstract(0, [("upperRoman", "%1.", 1), ("decimal", "%2.", 1), ("decimal", "%2.%3", 1)])
    dashes = lists.abstract(1, [("bullet", "-", 1), ("bullet", "+", 1)])
    main = lists.num(sections)
    assignments = lists.num(sections, {1: 1})  # III.'s "1." restarts: a list override
    bullets = lists.num(dashes)

    document = new_document()
    header = document.add_table(rows=1, cols=2)
    cell_lines(header.cell(0, 0), ["THÀNH ĐOÀN TP. HỒ CHÍ MINH", "BCH ĐOÀN QUẬN 12", "***", "Số 05 -KH/ĐTN-VP"])
    cell_lines(header.cell(0, 1), ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Quận 12, ngày 18 tháng 8 năm 2022"], bold=False)
    header.cell(0, 1).paragraphs[0].runs[0].bold = True
    header.cell(0, 1).paragraphs[2].runs[0].italic = True

    current = main
    signature_done = False
    recipients = []
    for raw in SAMPLE.read_text(encoding="utf-8").split("\n"):
        line = raw.strip()
        if line in ("THÀNH ĐOÀN TP. HỒ CHÍ MINH", "BCH ĐOÀN QUẬN 12", "Số 05 -KH/ĐTN-VP", "ĐOÀN TNCS HỒ CHÍ MINH", "Quận 12, ngày 18 tháng 8 năm 2022"):
            continue
        if line.startswith("TM. "):
            signature = line
            continue
        if line == "Nơi nhận:":
            signature_done = True
            continue
        if signature_done:
            if line:
                recipients.append(line)
            continue
        p = document.add_paragraph()
        m = re.match(r"^(I|II|III|IV)\. (.*)$", line)
        if m:
            if m.group(1) == "III":
                current = assignments
            number(p, current, 0)
            line = m.group(2)
        elif (m := re.match(r"^(\d)\. (.*)$", line)):
            number(p, current, 1)
            line = m.group(2)
        elif (m := re.match(r"^(\d)\.(\d) (.*)$", line)):
            number(p, current, 2)
            line = m.group(3)
        elif (m := re.match(r"^([-+]) (.*)$", line)):
            number(p, bullets, 0 if m.group(1) == "-" else 1)
            line = m.group(2)
        if line.startswith("**") and line.endswith("**"):
            line = line[2:-2]
        if line:
            p.add_run(line)
    table = document.add_table(rows=1, cols=2)
    cell_lines(table.cell(0, 0), ["Nơi nhận:"] + recipients, numbered=(bullets, 0))
    cell_lines(table.cell(0, 1), [signature], bold=True)
    set_numbering(document, lists)
    save(document, FIXTURES / "ke-hoach-05-word-numbering.docx")


# ---------------------------------------------------------------------------
# A plan with what users leave in their files: tracked changes, a date field, a text
# box, a footnote, a participants table and a programme table, line breaks in cells.


def features():
    lists = Lists()
    sections = lists.abstract(0, [("upperRoman", "%1.", 1), ("decimal", "%2.", 1)])
    letters = lists.abstract(1, [("lowerLetter", "%1)", 1)])
    main = lists.num(sections)
    first_letters = lists.num(letters)
    second_letters = lists.num(letters, {0: 1})  # restarted at a)

    document = new_document()
    header = document.add_table(rows=1, cols=2)
    cell_lines(header.cell(0, 0), ["ỦY BAN NHÂN DÂN", "XÃ AN PHÚ", "", "Số: 12/KH-UBND"])
    cell_lines(header.cell(0, 1), ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", ""])
    # The place-date line with its day as a DATE field (shown text kept), its month as
    # a simple field.
    place_date = header.cell(0, 1).add_paragraph()
    place_date.add_run("An Phú, ngày ")
    add_xml(
        place_date,
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> CREATEDATE \\@ "dd" </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>05</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
        '<w:r><w:t xml:space="preserve"> tháng </w:t></w:r>'
        '<w:fldSimple w:instr=" CREATEDATE \\@ &quot;MM&quot; "><w:r><w:t>03</w:t></w:r></w:fldSimple>'
        '<w:r><w:t xml:space="preserve"> năm 2025</w:t></w:r>',
    )

    # The title, with a "DỰ THẢO" (draft) stamp in a text box anchored in it.
    title = document.add_paragraph()
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    title.add_run("KẾ HOẠCH").bold = True
    box = '<w:txbxContent><w:p><w:r><w:t>DỰ THẢO</w:t></w:r></w:p></w:txbxContent>'
    add_xml(
        title,
        '<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
        '<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionH><wp:positionV relativeFrom="margin"><wp:posOffset>0</wp:posOffset></wp:positionV>'
        '<wp:extent cx="1000000" cy="300000"/><wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/>'
        '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr/>'
        f"<wps:txbx>{box}</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>"
        f'<mc:Fallback><w:pict><v:shape id="Text Box 1" type="#_x0000_t202"><v:textbox>{box}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>',
    )
    subtitle = document.add_paragraph()
    subtitle.alignment = WD_ALIGN_PARAGRAPH.CENTER
    subtitle.add_run("Tổ chức Hội nghị tổng kết công tác năm 2024").bold = True

    def para(text, num=None, ilvl=0, caps=False):
        p = document.add_paragraph()
        if num:
            number(p, num, ilvl)
        run = p.add_run(text)
        if caps:
            run.font.all_caps = True
        return p

    # Written in lower case, shown in capitals by formatting.
    para("mục đích, yêu cầu", main, 0, caps=True)
    para("Đánh giá kết quả năm 2024, đề ra nhiệm vụ năm 2025.")
    para("nội dung", main, 0, caps=True)
    para("Thành phần:", main, 1)
    participants = document.add_table(rows=4, cols=3)
    rows = [
        ("STT", "Thành phần", "Số lượng"),
        ("1", "Mời đại diện Thường trực Đảng ủy xã", "01 đồng chí"),
        ("2", "Cán bộ, công chức xã", "25 người"),
        ("3", "Trưởng ấp các ấp\nPhó trưởng ấp các ấp", "12 người"),
    ]
    for r, values in enumerate(rows):
        for c, value in enumerate(values):
            cell = participants.cell(r, c)
            first, *rest = value.split("\n")
            cell.paragraphs[0].add_run(first)
            for more in rest:
                # A line break inside the cell, not a new paragraph.
                run = cell.paragraphs[0].add_run()
                run.add_break()
                run.add_text(more)
    # Tracked changes: the time moved from 07 giờ 30 to 08 giờ 00.
    time = para("Thời gian: ", main, 1)
    add_xml(
        time,
        '<w:del w:id="11" w:author="Văn phòng" w:date="2025-03-04T08:00:00Z"><w:r><w:delText>07 giờ 30</w:delText></w:r></w:del>'
        '<w:ins w:id="12" w:author="Văn phòng" w:date="2025-03-04T08:00:00Z"><w:r><w:t>08 giờ 00</w:t></w:r></w:ins>'
        '<w:r><w:t xml:space="preserve">, ngày 20 tháng 3 năm 2025 (Thứ Năm).</w:t></w:r>'
        '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
    )
    place = para("Địa điểm: Hội trường ", main, 1)
    add_xml(place, '<w:ins w:id="13" w:author="Văn phòng"><w:r><w:t>Ủy ban nhân dân xã</w:t></w:r></w:ins><w:r><w:rPr><w:vanish/></w:rPr><w:t> (ghi chú ẩn)</w:t></w:r>')
    # A paragraph deleted with its mark: accepted, it is gone.
    gone = document.add_paragraph()
    add_xml(gone, '<w:del w:id="14" w:author="Văn phòng"><w:r><w:delText>Địa điểm dự phòng: Nhà văn hóa ấp 1.</w:delText></w:r></w:del>')
    gone._p.get_or_add_pPr().append(parse_xml(f'<w:rPr {NSDECL}><w:del w:id="15" w:author="Văn phòng"/></w:rPr>'))
    para("Chương trình hội nghị:", main, 1)
    programme = document.add_table(rows=4, cols=3)
    for r, values in enumerate(
        [
            ("Thời gian", "Nội dung", "Người thực hiện"),
            ("08h00 – 08h15", "Tuyên bố lý do, giới thiệu đại biểu", "Văn phòng"),
            ("08h15 – 09h00", "Báo cáo tổng kết công tác năm 2024", "Chủ tịch UBND xã"),
            ("09h00 – 10h30", "Thảo luận", ""),
        ]
    ):
        for c, value in enumerate(values):
            programme.cell(r, c).paragraphs[0].add_run(value)
    para("phân công thực hiện", main, 0, caps=True)
    para("Văn phòng:", main, 1)
    para("Chuẩn bị hội trường;", first_letters)
    para("Phát hành giấy mời.", first_letters)
    para("Các ấp:", main, 1)
    para("Triển khai kế hoạch;", second_letters)
    para("Cử người dự đầy đủ.", second_letters)
    table = document.add_table(rows=1, cols=2)
    cell_lines(table.cell(0, 0), ["Nơi nhận:", "- Thường trực Đảng ủy xã;", "- Các ấp;", "- Lưu: VT."])
    cell_lines(table.cell(0, 1), ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "", "Nguyễn Văn A"], bold=True)
    set_numbering(document, lists)

    footnotes = (
        f'<w:footnotes {NSDECL}>'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        '<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> Giờ có thể thay đổi theo lịch của huyện.</w:t></w:r></w:p></w:footnote>'
        "</w:footnotes>"
    )
    part = Part(
        PackURI("/word/footnotes.xml"),
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
        footnotes.encode("utf-8"),
        document.part.package,
    )
    document.part.relate_to(part, RT.FOOTNOTES)
    save(document, FIXTURES / "tracked-fields-boxes-notes.docx")


# ---------------------------------------------------------------------------
# Files that are not .docx plans.


def ole(names):
    """A minimal OLE compound file (512-byte sectors) whose directory holds `names`."""
    header = bytearray(512)
    header[0:8] = bytes.fromhex("D0CF11E0A1B11AE1")
    struct.pack_into("<HHHH", header, 24, 0x3E, 3, 0xFFFE, 9)  # minor, major, byte order, sector shift
    struct.pack_into("<H", header, 32, 6)  # mini sector shift
    struct.pack_into("<I", header, 44, 1)  # FAT sectors
    struct.pack_into("<I", header, 48, 1)  # first directory sector
    struct.pack_into("<I", header, 56, 4096)  # mini stream cutoff
    struct.pack_into("<I", header, 60, 0xFFFFFFFE)  # no mini FAT
    struct.pack_into("<I", header, 68, 0xFFFFFFFE)  # no DIFAT sectors
    header[76:512] = b"\xff" * (512 - 76)
    struct.pack_into("<I", header, 76, 0)  # the FAT is sector 0
    fat = bytearray(b"\xff" * 512)
    struct.pack_into("<II", fat, 0, 0xFFFFFFFD, 0xFFFFFFFE)  # FAT sector, directory end of chain
    directory = bytearray()
    for i, name in enumerate(["Root Entry"] + names):
        entry = bytearray(128)
        encoded = name.encode("utf-16-le")
        entry[0 : len(encoded)] = encoded
        struct.pack_into("<H", entry, 64, len(encoded) + 2)
        entry[66] = 5 if i == 0 else 2  # root storage, else stream
        struct.pack_into("<III", entry, 68, 0xFFFFFFFF, 0xFFFFFFFF, 0xFFFFFFFF)
        directory += entry
    directory += b"\0" * (512 - len(directory) % 512 if len(directory) % 512 else 0)
    return bytes(header + fat + directory)


def not_plans():
    (FIXTURES / "legacy-word-97.doc").write_bytes(ole(["WordDocument", "1Table", "\x05SummaryInformation"]))
    (FIXTURES / "encrypted.docx").write_bytes(ole(["EncryptionInfo", "EncryptedPackage", "\x06DataSpaces"]))
    document = new_document()
    document.add_paragraph("Danh sách khách mời dự tiệc cuối năm.")
    document.add_paragraph("Ông Nguyễn Văn A, bà Trần Thị B.")
    save(document, FIXTURES / "not-a-plan.docx")
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr(zipfile.ZipInfo("[Content_Types].xml", (2024, 1, 1, 0, 0, 0)), "<Types/>")
        z.writestr(zipfile.ZipInfo("xl/workbook.xml", (2024, 1, 1, 0, 0, 0)), "<workbook/>")
    (FIXTURES / "spreadsheet.xlsx").write_bytes(out.getvalue())
    # A zip bomb: 80 MiB of spaces in word/document.xml, beyond the 64 MiB limit.
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        info = zipfile.ZipInfo("word/document.xml", (2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        with z.open(info, "w", force_zip64=True) as f:
            chunk = b" " * (1 << 20)
            for _ in range(80):
                f.write(chunk)
    (FIXTURES / "zip-bomb.docx").write_bytes(out.getvalue())


# ---------------------------------------------------------------------------
# The corpus: each text plan as a Word document, a paragraph per line, a table row per
# line of cells (TAB or " | " between them), typed markers made automatic numbering
# where Word shows exactly what was typed.


def cells_of(line):
    """The cells of a pasted line, as crates/hoinghi/src/text/source.rs splits them."""
    trimmed_end = line.rstrip()
    if "\t" in trimmed_end:
        return [c.strip() for c in trimmed_end.split("\t")]
    t = line.strip()
    markdown = t.startswith("|") and t.endswith("|") and len(t) > 1
    if markdown or " | " in t or (" |" in t and "| " in t):
        inner = t[1:-1] if markdown else t
        parts = [c.strip() for c in inner.split("|")]
        if len(parts) > 1:
            return parts
    return None


def corpus_document(text_path, out_path):
    numberer = Numberer()
    document = new_document()
    table = None
    for raw in text_path.read_text(encoding="utf-8").split("\n"):
        line = raw.rstrip("\r")
        if line.startswith("%%"):
            continue
        cells = cells_of(line)
        if cells is not None:
            if table is None or len(table.columns) != len(cells):
                table = document.add_table(rows=0, cols=len(cells))
            row = table.add_row()
            for cell, value in zip(row.cells, cells):
                if value:
                    cell.paragraphs[0].add_run(value)
            continue
        table = None
        p = document.add_paragraph()
        stripped = line.strip()
        automatic = numberer.split(stripped) if stripped else None
        if automatic:
            num_id, ilvl, stripped = automatic
            number(p, num_id, ilvl)
        if stripped:
            p.add_run(stripped)
    if numberer.used:
        set_numbering(document, numberer.lists)
    save(document, out_path)


def main():
    FIXTURES.mkdir(parents=True, exist_ok=True)
    CORPUS.mkdir(parents=True, exist_ok=True)
    sample_with_numbering()
    features()
    not_plans()
    sources = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "examples" / "plans").glob("*.txt"))
    for text_path in sources:
        corpus_document(text_path, CORPUS / (text_path.stem + ".docx"))
    print(f"wrote {len(list(FIXTURES.iterdir()))} fixtures and {len(sources)} corpus documents", file=sys.stderr)


if __name__ == "__main__":
    main()
