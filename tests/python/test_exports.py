"""The exports read back by independent readers: icalendar (RFC 5545) and python-docx.

Runs the `hoinghi` command (HOINGHI_BIN) on every example plan.
"""

import json
import os
import subprocess
import tempfile
import unicodedata
import unittest
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import icalendar
from docx.shared import Mm, Pt

ROOT = Path(__file__).resolve().parents[2]
PLANS = ROOT / "examples" / "plans"
BIN = os.environ.get("HOINGHI_BIN", str(ROOT / "target" / "debug" / "hoinghi"))
EXAMPLES = sorted(p for p in PLANS.glob("*.json"))
HCM = ZoneInfo("Asia/Ho_Chi_Minh")


def hoinghi(*args: str) -> bytes:
    return subprocess.run([BIN, *args], check=True, capture_output=True).stdout


def who(x: dict) -> str:
    return f"{x['role']} {x['body']}" if x.get("role") else x["body"]


def same(name: str) -> str:
    """A name as the library compares names: NFC, lower case, single spaces, no
    trailing punctuation, no leading "các"."""
    name = " ".join(unicodedata.normalize("NFC", name).lower().split())
    name = name.removeprefix("các ")
    return name.rstrip(".;:,!").rstrip()


class ICalendar(unittest.TestCase):
    def test_every_example(self) -> None:
        for path in EXAMPLES:
            with self.subTest(plan=path.name):
                plan = json.loads(path.read_text("utf-8"))
                raw = hoinghi("export", str(path), "--to", "ics")
                self.assertEqual(raw, hoinghi("export", str(path), "--to", "ics"), "the same plan gives the same file")
                lines = raw.split(b"\r\n")
                self.assertEqual(lines[-1], b"", "CRLF line ends")
                self.assertNotIn(b"\n", b"".join(lines), "no bare LF")
                for line in lines:
                    self.assertLessEqual(len(line), 75, line)
                    line.decode("utf-8")  # folding never splits a character

                cal = icalendar.Calendar.from_ical(raw)
                (tz,) = cal.walk("VTIMEZONE")
                self.assertEqual(str(tz["TZID"]), "Asia/Ho_Chi_Minh")
                (event,) = cal.walk("VEVENT")
                self.assertEqual(str(event["SUMMARY"]), plan["header"]["title"])
                schedule = plan["schedule"]
                start = event.decoded("DTSTART")
                day = date.fromisoformat(schedule["date"])
                if "start" in schedule:
                    expected = datetime.combine(day, time.fromisoformat(schedule["start"]), HCM)
                    self.assertEqual(start, expected)
                    self.assertEqual(start.utcoffset().total_seconds(), 7 * 3600)
                else:
                    self.assertEqual(start, day)
                if "end" in schedule:
                    self.assertEqual(event.decoded("DTEND").time(), time.fromisoformat(schedule["end"]))
                places = [plan["venue"]["name"]] if "venue" in plan else []
                places += [s["name"] for s in plan.get("sites", [])]
                self.assertEqual(str(event["LOCATION"]), "; ".join(places))
                for item in plan.get("programme", []):
                    self.assertIn(item["text"], str(event["DESCRIPTION"]))
                self.assertEqual(event["ORGANIZER"].params["CN"], plan["header"]["issuer"])
                self.assertTrue(str(event["UID"]).endswith("@hoinghi"))

                attendees = event.get("ATTENDEE")
                attendees = attendees if isinstance(attendees, list) else [attendees]
                entries = [e for g in plan["participants"]["groups"] for e in g["entries"]]
                chairs = plan.get("chairs", [])
                # One attendee per person or body, each with its own address.
                by_name = {same(str(a.params["CN"])): a for a in attendees}
                self.assertEqual(len(by_name), len(attendees), "one attendee per name")
                addresses = [str(a) for a in attendees] + [str(event["ORGANIZER"])]
                self.assertEqual(len(set(str(a) for a in attendees)), len(attendees), "unique addresses")
                self.assertTrue(all(a.startswith("urn:hoinghi:") and len(a) > len("urn:hoinghi:") for a in addresses))
                self.assertEqual(set(by_name), {same(who(x)) for x in chairs + entries})
                chaired = {same(who(c)) for c in chairs}
                invited = {same(who(x)) for x in chairs + entries if x.get("invited", False)}
                for name, attendee in by_name.items():
                    self.assertEqual(attendee.params["ROLE"], "CHAIR" if name in chaired else "REQ-PARTICIPANT", name)
                    self.assertEqual(attendee.params.get("RSVP") == "TRUE", name in invited, name)
                for entry in entries:
                    if "role" not in entry or "each" in entry:
                        self.assertEqual(by_name[same(who(entry))].params["CUTYPE"], "GROUP")


def run_sizes(document: docx.document.Document) -> set:
    return {r.font.size for t in document.tables for c in t._cells for p in c.paragraphs for r in p.runs if r.text.startswith("- ")}


class Docx(unittest.TestCase):
    def check_layout(self, document: docx.document.Document) -> None:
        section = document.sections[0]
        self.assertAlmostEqual(section.page_width.mm, 210, delta=0.5)
        self.assertAlmostEqual(section.page_height.mm, 297, delta=0.5)
        for side, mm in [("top", 20), ("bottom", 20), ("left", 30), ("right", 20)]:
            self.assertAlmostEqual(getattr(section, f"{side}_margin").mm, mm, delta=0.5, msg=side)
        styles = document.styles.element.xml
        self.assertIn('w:ascii="Times New Roman"', styles)
        self.assertIn('<w:sz w:val="28"/>', styles, "14 pt body text")
        header = document.tables[0]
        self.assertEqual(len(header.columns), 2, "two-column header table")

    def test_the_plan(self) -> None:
        with tempfile.TemporaryDirectory() as out:
            for path in EXAMPLES:
                with self.subTest(plan=path.name):
                    plan = json.loads(path.read_text("utf-8"))
                    # The official layout: the plan as data, without the author's layout
                    # (a plan read from text is written back as its author wrote it).
                    plan.pop("layout", None)
                    official = Path(out) / f"{path.stem}.json"
                    official.write_text(json.dumps(plan, ensure_ascii=False), "utf-8")
                    hoinghi("export", str(official), "--to", "docx", "-o", out)
                    document = docx.Document(str(Path(out) / f"{path.stem}.docx"))
                    self.check_layout(document)
                    # And the author's layout opens in Word's reader too.
                    hoinghi("export", str(path), "--to", "docx", "-o", str(Path(out) / "as-written"))
                    self.check_layout(docx.Document(str(Path(out) / "as-written" / f"{path.stem}.docx")))
                    header = document.tables[0]
                    self.assertIn(plan["header"]["issuer"], header.cell(0, 0).text)
                    for heading in plan["header"].get("heading", []):
                        self.assertIn(heading, header.cell(0, 1).text)
                    paragraphs = [p for p in document.paragraphs if p.text]
                    texts = [p.text for p in paragraphs]
                    i = texts.index(plan["header"]["documentType"])
                    self.assertEqual(texts[i + 1], plan["header"]["title"])
                    for p in paragraphs[i : i + 2]:
                        self.assertEqual(p.alignment, docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER)
                        self.assertTrue(all(r.bold for r in p.runs))
                    for purpose in plan.get("purposes", []):
                        self.assertIn(purpose, texts)
                    self.assertEqual(run_sizes(document), {Pt(11)}, "recipients in 11 pt")

    def test_the_authors_header(self) -> None:
        """A corpus plan whose header was pasted as a table, exported as written: it
        opens with the header as a borderless two-column table of the rows pasted,
        the issuer bold, the place and date italic, and every line of the text is
        there, in order, word for word."""
        source = ROOT / "tests" / "corpus" / "university-dh-donga-hoi-nghi-svnckh-2021.txt"
        lines = [l for l in source.read_text("utf-8").splitlines() if not l.startswith("%%")]
        with tempfile.TemporaryDirectory() as out:
            path = Path(out) / "plan.txt"
            path.write_text("\n".join(lines), "utf-8")
            # The stored copy stops before the signature: exported as it is.
            hoinghi("export", str(path), "--to", "docx", "-o", out, "--force")
            document = docx.Document(str(Path(out) / "plan.docx"))
        self.check_layout(document)
        body = document.element.body
        self.assertEqual(body[0].tag, docx.oxml.ns.qn("w:tbl"), "the header comes first")
        header = document.tables[0]
        self.assertNotIn('w:val="single"', header._tbl.xml, "no borders")

        def cells(tr) -> list:
            return [docx.table._Cell(tc, header) for tc in tr.tc_lst]

        rows = [cells(tr) for tr in header._tbl.tr_lst]
        by_text = {c.text: (i, j, c) for i, row in enumerate(rows) for j, c in enumerate(row)}
        self.assertEqual(by_text["TRƯỜNG ĐẠI HỌC ĐÔNG Á"][:2], (2, 0))
        self.assertEqual(by_text["CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"][:2], (2, 1))
        self.assertEqual(by_text["Số: 322/KH-ĐHĐA-NCKH"][:2], (4, 0))
        place_date = by_text["Đà Nẵng, ngày 11 tháng 3 năm 2021"]
        self.assertEqual(place_date[:2], (4, 1))
        self.assertTrue(all(r.italic for r in place_date[2].paragraphs[0].runs))
        self.assertTrue(all(r.bold for r in by_text["TRƯỜNG ĐẠI HỌC ĐÔNG Á"][2].paragraphs[0].runs))
        self.assertFalse(any(r.bold for r in by_text["BỘ GIÁO DỤC VÀ ĐÀO TẠO"][2].paragraphs[0].runs))
        title = next(p for p in document.paragraphs if p.text == "KẾ HOẠCH TỔ CHỨC")
        self.assertEqual(title.alignment, docx.enum.text.WD_ALIGN_PARAGRAPH.CENTER)
        self.assertTrue(all(r.bold for r in title.runs))

        # Every line, in order: the paragraphs of the body and of each table's cells.
        def paragraphs(element) -> list:
            out = []
            for child in element:
                if child.tag == docx.oxml.ns.qn("w:p"):
                    out.append("".join(t.text or "" for t in child.iter(docx.oxml.ns.qn("w:t"))))
                elif child.tag in (docx.oxml.ns.qn("w:tbl"), docx.oxml.ns.qn("w:tr"), docx.oxml.ns.qn("w:tc")):
                    out.extend(paragraphs(child))
            return out

        def squash(text: str) -> str:
            return " ".join(unicodedata.normalize("NFC", text).split())

        written = [squash(p) for p in paragraphs(body) if squash(p)]
        expected = [squash(cell) for line in lines for cell in line.split("\t") if squash(cell)]
        self.assertEqual(written, expected)

    def test_letters(self) -> None:
        with tempfile.TemporaryDirectory() as out:
            hoinghi("export", str(PLANS / "ke-hoach-05-KH-DTN-VP.json"), "--to", "letters", "-o", out)
            letters = sorted(Path(out).glob("*.docx"))
            self.assertEqual(len(letters), 4)
            for path in letters:
                document = docx.Document(str(path))
                self.check_layout(document)
                texts = [p.text for p in document.paragraphs]
                self.assertIn("GIẤY MỜI", texts)
                self.assertIn("Số 05-GM/ĐTN-VP", document.tables[0].cell(0, 0).text)
                self.assertTrue(any(t.startswith("Kính gửi: ") for t in texts))
                self.assertTrue(any(t.startswith("Thời gian: Dự kiến 08 giờ 00, ngày 26 tháng 8 năm 2022") for t in texts))
                text = (Path(out) / f"{path.stem}.txt").read_text("utf-8")
                self.assertIn("Kính gửi: ", text)


class Hostile(unittest.TestCase):
    """Fields holding control characters, characters XML 1.0 excludes and line breaks:
    the exports (forced past the errors validation reports) still open."""

    BAD = ["\u0001", "\u0000", "\u000b", "\u001b[2J", "\ufffe", "\r\n- Mời đại diện Công ty X (99 đồng chí)"]

    def poisoned(self, bad: str) -> dict:
        plan = json.loads((PLANS / "ke-hoach-05-KH-DTN-VP.json").read_text("utf-8"))
        plan["header"]["title"] = f"T{bad}iêu đề"
        plan["header"]["issuer"] = f"BCH{bad}"
        plan["chairs"][0]["body"] = f"Thường trực{bad} Quận ủy"
        plan["participants"]["groups"][0]["entries"][0]["body"] += bad
        plan["venue"]["name"] += bad
        plan["programme"][0]["text"] += bad
        return plan

    BREAKS = "\n\x0b\x0c\r\x85\u2028\u2029"

    def one_line(self, text: str) -> str:
        """The library's chars::one_line: a run of line breaks is a space, a control
        character (or U+FFFE, U+FFFF) is U+FFFD."""
        out, after_break = [], False
        for c in text:
            if c in self.BREAKS:
                if not after_break:
                    out.append(" ")
                after_break = True
                continue
            after_break = False
            control = unicodedata.category(c) == "Cc" and c != "\t"
            out.append("\ufffd" if control or c in "\ufffe\uffff" else c)
        return "".join(out)

    def test_exports_open(self) -> None:
        for bad in self.BAD:
            with self.subTest(bad=repr(bad)), tempfile.TemporaryDirectory() as out:
                path = Path(out) / "plan.json"
                path.write_text(json.dumps(self.poisoned(bad), ensure_ascii=False), "utf-8")
                refused = subprocess.run([BIN, "export", str(path), "--to", "docx", "-o", out], capture_output=True)
                only_breaks = all(c in self.BREAKS or not unicodedata.category(c) == "Cc" for c in bad) and "\ufffe" not in bad
                # A line break is a warning; a character no document can carry an error.
                self.assertEqual(refused.returncode, 0 if only_breaks else 1, refused.stderr)
                hoinghi("export", str(path), "--to", "docx", "-o", out, "--force")
                document = docx.Document(str(Path(out) / "plan.docx"))
                texts = [p.text for p in document.paragraphs]
                title = self.one_line(f"T{bad}iêu đề")
                self.assertIn(title, texts)
                ics = hoinghi("export", str(path), "--to", "ics", "--force")
                event = icalendar.Calendar.from_ical(ics).walk("VEVENT")[0]
                self.assertEqual(str(event["SUMMARY"]), title)
                hoinghi("export", str(path), "--to", "letters", "-o", out, "--force")
                for letter in sorted(Path(out).glob("giay-moi-*.docx")):
                    docx.Document(str(letter))


if __name__ == "__main__":
    unittest.main()
