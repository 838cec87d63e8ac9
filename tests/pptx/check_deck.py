#!/usr/bin/env python3
"""Reads a .pptx deck exported by Cap with python-pptx, an independent reader,
and checks it against what the app showed on screen.

Usage: check_deck.py DECK.pptx EXPECT.json
EXPECT.json is written by a Playwright spec from what the app shows. Each
of its keys (KEYS below) is optional and checked only when given, by the
function check_<key>. The slide size (16:9) and the fonts (Calibri, Arial,
Segoe UI) are always checked.
Exit 0: every check passed. Exit 1: each failed check on its own line on
stdout, expected against found. Exit 2 (message on stderr): the deck or
EXPECT.json cannot be read.
"""

import json
import os
import sys
import xml.etree.ElementTree as ET
import zipfile

from pptx import Presentation
from pptx.enum.dml import MSO_FILL
from pptx.enum.shapes import MSO_SHAPE_TYPE, PP_PLACEHOLDER
from pptx.shapes.group import GroupShape

FONTS = {"Calibri", "Arial", "Segoe UI"}  # on every Office install
PLAN_TAG = "{urn:cap:plan}plan"
KEYS = ["slide_count", "titles", "budget", "actions", "notes", "no_notes", "plan", "texts"]
SPACES = str.maketrans({"\u00a0": " ", "\u202f": " ", "\u2009": " "})


def norm(text):
    """Unicode spaces made plain, whitespace runs (line breaks too) one space, stripped."""
    return " ".join((text or "").translate(SPACES).split())


def walk(shapes):
    """Every shape of a shape tree, groups' members included, in document order."""
    for shape in shapes:
        yield shape
        if isinstance(shape, GroupShape):
            yield from walk(shape.shapes)


def frames(shape):
    """The text frames of a shape: its own, or each cell's for a table."""
    if shape.has_text_frame:
        yield shape.text_frame
    if getattr(shape, "has_table", False):
        for row in shape.table.rows:
            for cell in row.cells:
                yield cell.text_frame


def notes_text(slide):
    """A slide's notes text, "" when it has no notes slide or no notes placeholder."""
    if not slide.has_notes_slide:
        return ""
    frame = slide.notes_slide.notes_text_frame
    return norm(frame.text) if frame is not None else ""


def diff(expected, found, path="plan"):
    """Where two parsed JSON values differ, one line per difference."""
    if isinstance(expected, dict) and isinstance(found, dict):
        out = []
        for key in sorted(expected.keys() | found.keys()):
            if key not in found:
                out.append(f"{path}.{key}: expected {json.dumps(expected[key])[:80]}, found nothing")
            elif key not in expected:
                out.append(f"{path}.{key}: expected nothing, found {json.dumps(found[key])[:80]}")
            else:
                out += diff(expected[key], found[key], f"{path}.{key}")
        return out
    if isinstance(expected, list) and isinstance(found, list):
        if len(expected) != len(found):
            return [f"{path}: expected {len(expected)} items, found {len(found)}"]
        return [line for i, (e, f) in enumerate(zip(expected, found)) for line in diff(e, f, f"{path}[{i}]")]
    # Numbers by value (JavaScript writes 1 where serde writes 1.0), but True is not 1.
    number = (int, float)
    same_kind = type(expected) is type(found) or (isinstance(expected, number) and isinstance(found, number))
    if expected != found or not same_kind or isinstance(expected, bool) != isinstance(found, bool):
        return [f"{path}: expected {json.dumps(expected)[:80]}, found {json.dumps(found)[:80]}"]
    return []


def check_size(prs):
    """The slide is 16:9."""
    w, h = prs.slide_width, prs.slide_height
    if w * 9 != h * 16:
        return [f"slide size: expected 16:9, found {w} x {h} EMU ({w / 914400:.2f} x {h / 914400:.2f} in)"]
    return []


def check_fonts(prs, path):
    """Every typeface named by a run (slides and notes) or by the theme is on the allow-list."""
    seen = {}  # font -> where it was first seen
    trees = [(f"slide {i}", s.shapes) for i, s in enumerate(prs.slides)]
    trees += [(f"slide {i} notes", s.notes_slide.shapes) for i, s in enumerate(prs.slides) if s.has_notes_slide]
    for where, shapes in trees:
        for shape in walk(shapes):
            for frame in frames(shape):
                for run in (run for para in frame.paragraphs for run in para.runs):
                    name = run.font.name
                    # "+mn-lt" and "+mj-lt" name the theme's fonts, checked below.
                    if name and not name.startswith("+") and name not in FONTS:
                        seen.setdefault(name, f"{where} ({shape.name!r}, {norm(run.text)[:30]!r})")
    with zipfile.ZipFile(path) as z:
        for entry in z.namelist():
            if entry.startswith("ppt/theme/") and entry.endswith(".xml"):
                root = ET.fromstring(z.read(entry))
                ns = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
                for kind in ("majorFont", "minorFont"):
                    for font in root.iter(f"{ns}{kind}"):
                        latin = font.find(f"{ns}latin")
                        name = latin.get("typeface") if latin is not None else None
                        if name not in FONTS:
                            seen.setdefault(name, f"{entry} ({kind})")
    allowed = ", ".join(sorted(FONTS))
    return [f"font: expected one of {allowed}, found {name!r} in {where}" for name, where in seen.items()]


def check_slide_count(prs, expected):
    """The number of slides."""
    found = len(prs.slides)
    return [] if found == expected else [f"slide_count: expected {expected}, found {found}"]


def check_titles(prs, expected):
    """Each slide's title placeholder (the cover's holds the plan's name), in order; null: none."""
    out = []
    found = [norm(s.shapes.title.text) if s.shapes.title is not None else None for s in prs.slides]
    # python-pptx's title is the placeholder with idx 0, whatever its type: say when it is no title.
    for i, slide in enumerate(prs.slides):
        kind = slide.shapes.title.placeholder_format.type if slide.shapes.title is not None else None
        if kind not in (None, PP_PLACEHOLDER.TITLE, PP_PLACEHOLDER.CENTER_TITLE):
            out.append(f"titles[{i}]: expected the idx 0 placeholder to be a title, found {kind.name}")
    if len(found) != len(expected):
        out.append(f"titles: expected {len(expected)} slides, found {len(found)}")
    for i, (e, f) in enumerate(zip(expected, found)):
        e = norm(e) if e is not None else None
        if e != f:
            show = lambda t: repr(t) if t is not None else "no title placeholder"
            out.append(f"titles[{i}]: expected {show(e)}, found {show(f)}")
    return out


def check_budget(prs, expected):
    """The rows, header excluded, of every table named "Budget", across slides, in order."""
    found, tables = [], 0
    for slide in prs.slides:
        for shape in walk(slide.shapes):
            if shape.name == "Budget" and getattr(shape, "has_table", False):
                tables += 1
                found += [[norm(c.text) for c in row.cells] for row in list(shape.table.rows)[1:]]
    if tables == 0:
        return ["budget: expected a table named 'Budget', found none"]
    expected = [[norm(c) for c in row] for row in expected]
    out = []
    if len(found) != len(expected):
        out.append(f"budget: expected {len(expected)} rows, found {len(found)} in {tables} tables")
    for i, (e, f) in enumerate(zip(expected, found)):
        if e != f:
            out.append(f"budget[{i}]: expected {e}, found {f}")
    return out


def check_actions(prs, expected):
    """The timeline bars: shapes named "Action ...", each an autoshape with a solid fill."""
    out, count = [], 0
    for i, slide in enumerate(prs.slides):
        for shape in walk(slide.shapes):
            if not shape.name.startswith("Action "):
                continue
            count += 1
            try:
                kind = shape.shape_type
            except NotImplementedError:  # a <p:sp> with neither preset geometry nor txBox
                kind = None
            if kind != MSO_SHAPE_TYPE.AUTO_SHAPE:
                name = kind.name if kind is not None else "unrecognised shape"
                out.append(f"actions: expected {shape.name!r} (slide {i}) to be an autoshape, found {name}")
            elif shape.fill.type != MSO_FILL.SOLID:
                fill = shape.fill.type.name if shape.fill.type is not None else "no fill of its own"
                out.append(f"actions: expected {shape.name!r} (slide {i}) to have a solid fill, found {fill}")
    if count != expected:
        out.insert(0, f"actions: expected {expected} shapes named 'Action ...', found {count}")
    return out


def check_notes(prs, expected):
    """Each given substring is in that slide's notes."""
    out = []
    for index, parts in expected.items():
        i = int(index)  # JSON keys are strings
        if not 0 <= i < len(prs.slides):
            out.append(f"notes[{i}]: expected a slide {i}, found {len(prs.slides)} slides")
            continue
        text = notes_text(prs.slides[i])
        for part in parts:
            if norm(part) not in text:
                out.append(f"notes[{i}]: expected to contain {norm(part)!r}, found {text[:200]!r}")
    return out


def check_no_notes(prs, expected):
    """Those slides have no notes, or empty ones."""
    out = []
    for i in expected:
        if not 0 <= i < len(prs.slides):
            out.append(f"no_notes[{i}]: expected a slide {i}, found {len(prs.slides)} slides")
        elif text := notes_text(prs.slides[i]):
            out.append(f"no_notes[{i}]: expected no notes, found {text[:200]!r}")
    return out


def check_plan(path, expected):
    """The plan's JSON envelope, in a customXml/ entry whose root is {urn:cap:plan}plan, holds this plan."""
    docs = []
    with zipfile.ZipFile(path) as z:
        for entry in z.namelist():
            if entry.startswith("customXml/") and entry.endswith(".xml") and "/_rels/" not in entry:
                try:
                    root = ET.fromstring(z.read(entry))
                except ET.ParseError as e:
                    return [f"plan: expected well-formed XML in {entry}, found {e}"]
                if root.tag == PLAN_TAG:
                    docs.append((entry, "".join(root.itertext())))
    if len(docs) != 1:
        names = ", ".join(e for e, _ in docs) or "none"
        return [f"plan: expected one customXml/ entry with root {PLAN_TAG}, found {names}"]
    entry, text = docs[0]
    try:
        envelope = json.loads(text)
    except json.JSONDecodeError as e:
        return [f"plan: expected JSON in {entry}, found {e} in {text[:80]!r}"]
    if not isinstance(envelope, dict) or "plan" not in envelope:
        return [f"plan: expected an envelope with a \"plan\" key in {entry}, found {text[:80]!r}"]
    return diff(expected, envelope["plan"])


def check_texts(prs, expected):
    """Each string is in one text frame or table cell of some slide."""
    blob = "\n".join(
        norm(frame.text) for slide in prs.slides for shape in walk(slide.shapes) for frame in frames(shape)
    )
    return [f"texts: expected {norm(t)!r} on a slide, found it nowhere" for t in expected if norm(t) not in blob]


def main(argv):
    """Reads the arguments, runs every check that applies, prints and returns the exit status."""
    if len(argv) != 3:
        print(f"usage: {argv[0]} DECK.pptx EXPECT.json", file=sys.stderr)
        return 2
    path = argv[1]
    try:
        with open(argv[2], encoding="utf-8") as f:
            expect = json.load(f)
        if not isinstance(expect, dict) or set(expect) - set(KEYS):
            raise ValueError(f"expected an object with keys among {', '.join(KEYS)}")
        if any(not k.isdigit() for k in expect.get("notes", {})):
            raise ValueError('expected "notes" keys to be slide indices from 0, like "2"')
    except (OSError, ValueError) as e:
        print(f"{argv[2]}: cannot read the expectations: {e}", file=sys.stderr)
        return 2
    try:
        prs = Presentation(path)
    except Exception as e:  # python-pptx raises many kinds: zip, XML, missing part
        # python-pptx says "Package not found" for a file that is there but no zip.
        why = "no such file" if not os.path.isfile(path) else "not a zip archive" if not zipfile.is_zipfile(path) else ""
        print(f"{path}: python-pptx cannot open it: {why or f'{type(e).__name__}: {e}'}", file=sys.stderr)
        return 2
    checks = {
        "slide_count": lambda e: check_slide_count(prs, e),
        "titles": lambda e: check_titles(prs, e),
        "budget": lambda e: check_budget(prs, e),
        "actions": lambda e: check_actions(prs, e),
        "notes": lambda e: check_notes(prs, e),
        "no_notes": lambda e: check_no_notes(prs, e),
        "plan": lambda e: check_plan(path, e),  # a zip entry python-pptx does not model
        "texts": lambda e: check_texts(prs, e),
    }
    failures = check_size(prs) + check_fonts(prs, path)
    done = ["size", "fonts"]
    for key, check in checks.items():
        if key in expect:
            failures += check(expect[key])
            done.append(key)
    print("\n".join(failures) if failures else f"{path}: every check passed ({', '.join(done)})")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
