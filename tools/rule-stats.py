#!/usr/bin/env python3
"""Measures how the rule files read: how much of each rule is pattern and how much consequence,
how many consequences are short, evals, numeric literals and kcontext arguments, and how long the
scenario files are. Run from the project root: python3 tools/rule-stats.py [rules-dir]

What counts:
- a line is a non-blank line once comments are removed;
- pattern lines lie between `when` and `then`, consequence lines between `then` and `end`;
- DRL `function` bodies are counted apart (Java kept in the rule files);
- a numeric literal is a number outside strings and comments, in a pattern, a consequence or a
  function, other than 0 and 1 (salience values are rule order, not thresholds, and are left out);
- scenario lines are every line of rules/tests/**/*.yaml (catalogues kept for tests included).
"""
import pathlib
import re
import sys

NUMBER = re.compile(r"(?<![\w.$])\d[\d_]*(?:\.\d+)?[lLdDfF]?(?![\w.])")


def strip(text):
    """The text with comments removed and string contents emptied, newlines kept."""
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if text.startswith("//", i):
            while i < n and text[i] != "\n":
                i += 1
        elif text.startswith("/*", i):
            end = text.find("*/", i + 2)
            end = n if end < 0 else end + 2
            out.append("\n" * text.count("\n", i, end))
            i = end
        elif c == '"':
            out.append('""')
            i += 1
            while i < n and text[i] != '"':
                i += 2 if text[i] == "\\" else 1
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def lines(block):
    return [l for l in block.splitlines() if l.strip()]


def numbers(block):
    found = []
    for l in lines(block):
        if re.match(r"\s*salience\b", l):
            continue
        found += [m for m in NUMBER.findall(l) if m.rstrip("lLdDfF") not in ("0", "1")]
    return found


def main():
    rules_dir = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "rules")
    rules, functions = [], []
    for f in sorted(rules_dir.glob("*.drl")):
        text = strip(f.read_text())
        for m in re.finditer(r"^rule\s.*?^\s*when\b(.*?)^\s*then\b(.*?)^end\b", text, re.S | re.M):
            rules.append((f.name, m.group(1), m.group(2)))
        for m in re.finditer(r"^function\b.*?^}", text, re.S | re.M):
            functions.append(m.group(0))
    pattern = sum(len(lines(w)) for _, w, _ in rules)
    consequence = sum(len(lines(t)) for _, _, t in rules)
    short = sum(1 for _, _, t in rules if len(lines(t)) <= 6)
    evals = sum(len(re.findall(r"\beval\s*\(", w)) for _, w, _ in rules)
    literals = sum(len(numbers(w)) + len(numbers(t)) for _, w, t in rules) + sum(len(numbers(b)) for b in functions)
    kcontext = sum(len(re.findall(r"\bkcontext\b", t)) for _, _, t in rules)
    function_lines = sum(len(lines(b)) for b in functions)
    tests = rules_dir / "tests"
    scenario_lines = sum(len(p.read_text().splitlines()) for p in sorted(tests.rglob("*.yaml")))
    longest = sorted(((len(lines(t)), name) for name, _, t in rules), reverse=True)[:1]
    print(f"rules                               {len(rules)}")
    print(f"pattern lines                       {pattern}")
    print(f"consequence lines                   {consequence}")
    print(f"function lines (DRL functions)      {function_lines}")
    print(f"consequences of 6 lines or fewer    {short} of {len(rules)}")
    print(f"longest consequence                 {longest[0][0] if longest else 0} lines")
    print(f"eval(...) in patterns               {evals}")
    print(f"numeric literals other than 0 and 1 {literals}")
    print(f"kcontext arguments                  {kcontext}")
    print(f"lines in {tests}/ (*.yaml)   {scenario_lines}")


if __name__ == "__main__":
    main()
