#!/usr/bin/env python3
"""Checks locales/<lang>/*.ftl against English without building the crate (for translators).

Usage: python3 scripts/check_locales.py [LANG ...]    (needs `pip install fluent.syntax`)

For each locale: every file parses, it has exactly English's message ids, and each message uses only
variables that the English message uses. `cargo test` runs the same checks (and formats every
message); this script is the quick loop while translating.
"""
import pathlib
import sys

from fluent.syntax import FluentParser, ast, visitor

ROOT = pathlib.Path(__file__).resolve().parent.parent / "locales"


class Vars(visitor.Visitor):
    def __init__(self):
        super().__init__()
        self.names = set()

    def visit_VariableReference(self, node):
        self.names.add(node.id.name)


def load(lang):
    messages, errors = {}, []
    parser = FluentParser()
    for path in sorted((ROOT / lang).glob("*.ftl")):
        resource = parser.parse(path.read_text(encoding="utf-8"))
        for entry in resource.body:
            if isinstance(entry, ast.Junk):
                errors.append(f"{path.name}: syntax error near: {entry.content[:80]!r}")
            elif isinstance(entry, ast.Message):
                if entry.id.name in messages:
                    errors.append(f"{path.name}: duplicate id {entry.id.name}")
                v = Vars()
                v.visit(entry)
                messages[entry.id.name] = (path.name, v.names, entry.value is not None)
    return messages, errors


def main():
    en, en_errors = load("en")
    langs = sys.argv[1:] or sorted(p.name for p in ROOT.iterdir() if p.is_dir() and p.name != "en")
    failed = bool(en_errors)
    for e in en_errors:
        print(f"en: {e}")
    for lang in langs:
        msgs, errors = load(lang)
        problems = list(errors)
        for mid, (fname, names, _) in en.items():
            if mid not in msgs:
                problems.append(f"missing {mid} (en file {fname})")
            elif msgs[mid][0] != fname:
                problems.append(f"{mid} is in {msgs[mid][0]}, English has it in {fname}")
            elif not msgs[mid][1] <= names:
                problems.append(f"{mid} uses variables English does not pass: {sorted(msgs[mid][1] - names)}")
        for mid in msgs:
            if mid not in en:
                problems.append(f"extra id {mid} (not in English)")
        status = "ok" if not problems else f"{len(problems)} problem(s)"
        print(f"{lang}: {len(msgs)}/{len(en)} messages, {status}")
        for p in problems[:40]:
            print(f"  - {p}")
        failed |= bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
