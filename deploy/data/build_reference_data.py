"""Rebuild pipeline/data/{gazetteer.json,cameo_codes.tsv} from the public facts in ../shared/external.

Run from the project root: python deploy/data/build_reference_data.py [SHARED_DIR]
Only facts are taken (codes, names, adjectives, capitals, scores); hand-kept additions
live in pipeline/data/gazetteer_additions.json and are merged in.
"""

import csv
import json
import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "pipeline" / "data"


def read_geonames(path: Path) -> dict[str, dict[str, str]]:
    rows = {}
    header: list[str] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#ISO\t") or line.startswith("ISO\t"):
            header = line.lstrip("#").split("\t")
            continue
        if line.startswith("#") or not line.strip():
            continue
        row = dict(zip(header, line.split("\t")))
        if row["ISO3"] not in DISSOLVED:
            rows[row["ISO3"]] = row
    return rows


# states GeoNames still lists that no longer exist: "Belgrade" is Serbia's capital, not Serbia and Montenegro's
DISSOLVED = {"SCG", "ANT"}


# words that name a kind of region, dropped from the end of a name ("Volgograd Oblast" is also "Volgograd")
REGION_KINDS = ("Autonomous Region", "Autonomous Republic", "Region", "Oblast", "Oblast'", "Division", "Province",
                "State", "Governorate", "Prefecture", "Republic", "Kray", "Krai", "District", "County",
                "Department", "Municipality", "Territory")
# regions named by common words only ("Central", "Northern District") are left out
GENERIC_WORDS = {"central", "northern", "southern", "eastern", "western", "north", "south", "east", "west",
                 "capital", "coast", "lakes", "islands", "island", "upper", "lower", "greater", "city", "federal",
                 "district", "region", "province", "state", "area", "and", "of", "the", "new", "national",
                 "special", "autonomous", "metropolitan", "territory", "highlands", "plateau", "valley"}


def read_regions(path: Path, iso3_of: dict[str, str], taken: set[str]) -> dict[str, list[str]]:
    """First-level regions (GeoNames ADM1) by state, named once across all states: "Rakhine" (MMR),
    "Xinjiang" (CHN); names of states, capitals, aliases and `taken` ones, and names two states share
    ("Punjab"), are out."""
    holders: dict[str, set[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split("\t")
        if len(fields) < 3 or fields[0].split(".")[0] not in iso3_of:
            continue
        iso3 = iso3_of[fields[0].split(".")[0]]
        for name in {fields[1].strip(), fields[2].strip()}:
            forms = {name}
            kind = next((k for k in REGION_KINDS if name.endswith(" " + k)), None)  # the longest first
            if kind is not None:
                forms.add(name[: -len(kind) - 1].strip())
            for form in forms:
                words = form.split()
                if len(form) < 5 or not form[:1].isupper() or all(w.lower() in GENERIC_WORDS for w in words):
                    continue
                holders.setdefault(form, set()).add(iso3)
    regions: dict[str, list[str]] = {}
    for form, iso3s in sorted(holders.items()):
        if len(iso3s) == 1 and form.lower() not in taken:
            regions.setdefault(next(iter(iso3s)), []).append(form)
    return regions


def build_gazetteer(shared: Path) -> dict[str, object]:
    external = shared / "external"
    geonames = read_geonames(external / "geo-country" / "geonames_countryInfo.txt")
    names_of_others = {row["Country"].lower(): iso3 for iso3, row in geonames.items()}
    states: dict[str, dict[str, Any]] = {}
    with open(external / "ngec" / "countries.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3 = row["CCA3"].strip()
            name = row["Name"].split("[")[0].strip()
            aliases: list[str] = []
            for token in row["Nationality"].split(","):
                token = token.strip()
                # the list runs on into overseas territories, which have codes of their own
                if names_of_others.get(token.lower(), iso3) != iso3:
                    break
                if token:
                    aliases.append(token)
            states[iso3] = {"iso3": iso3, "name": name, "aliases": aliases, "capitals": []}
    for iso3, row in geonames.items():
        entry = states.setdefault(iso3, {"iso3": iso3, "name": row["Country"], "aliases": [], "capitals": []})
        if row["Country"] != entry["name"]:
            entry["aliases"].append(row["Country"])
        if row.get("Capital"):
            entry["capitals"].append(row["Capital"])
    with open(external / "geo-country" / "mordecai_nat_df.csv", encoding="utf-8") as handle:
        for row in csv.DictReader(handle):
            iso3, adjective = (row["alpha_3_code"] or "").strip(), (row["nationality"] or "").strip()
            if iso3 in states and adjective and adjective not in states[iso3]["aliases"]:
                states[iso3]["aliases"].append(adjective)
    additions = json.loads((DATA / "gazetteer_additions.json").read_text(encoding="utf-8"))
    for iso3, extra in additions["states"].items():
        entry = states[iso3]
        if extra.get("venues"):
            entry["venues"] = list(extra["venues"])
        for field in ("aliases", "capitals"):
            for value in extra.get(field, []):
                if value not in entry[field]:
                    entry[field].append(value)
        for value in extra.get("remove", []):
            for field in ("aliases", "capitals"):
                if value in entry[field]:
                    entry[field].remove(value)
    taken = {str(e["name"]).lower() for e in states.values()}
    for entry in states.values():
        for field in ("aliases", "capitals", "venues"):
            taken |= {str(n).lower() for n in entry.get(field, [])}
    taken |= {str(n).lower() for org in additions["organisations"] for n in org["names"]}
    taken |= {str(n).lower() for n in additions.get("region_exclusions", [])}  # persons' names, disputed lands
    iso3_of = {row["ISO"]: iso3 for iso3, row in geonames.items() if iso3 in states}
    regions = read_regions(external / "geo-country" / "geonames_admin1CodesASCII.txt", iso3_of, taken)
    for iso3, entry in states.items():
        if regions.get(iso3):
            entry["regions"] = regions[iso3]
    return {
        "about": "States (ISO 3166-1 alpha-3) and international organisations with the names, "
        "adjectives, capitals and aliases that refer to them, and the first-level regions in each state "
        "(places, never actors). Generated by "
        "deploy/data/build_reference_data.py; edit gazetteer_additions.json, not this file.",
        # ISO 3166-1 alpha-3 only: GeoNames also lists places such as Somaliland under codes like "SOMPRE"
        "states": sorted((s for s in states.values() if re.fullmatch(r"[A-Z]{3}", str(s["iso3"]))),
                         key=lambda s: str(s["iso3"])),
        "organisations": additions["organisations"],
        "ambiguous": {k: v for k, v in additions.get("ambiguous", {}).items() if k != "about"},
        "world_regions": additions.get("world_regions", []),
    }


def build_cameo_table(shared: Path) -> str:
    source = shared / "external" / "cameo" / "cameo_codes_goldstein_plover.tsv"
    out = ["cameo\tname\tgoldstein\tquad_class\tplover\tplover_mode"]
    with open(source, encoding="utf-8") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            plover = row["plover_event"] if not row["plover_event"].startswith("(") else ""
            out.append("\t".join([row["cameo_code"], row["name"], row["goldstein"], row["gdelt_quadclass"],
                                  plover, row["plover_mode"]]))
    return "\n".join(out) + "\n"


def main() -> None:
    shared = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared"
    (DATA / "gazetteer.json").write_text(
        json.dumps(build_gazetteer(shared), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    (DATA / "cameo_codes.tsv").write_text(build_cameo_table(shared), encoding="utf-8")


if __name__ == "__main__":
    main()
