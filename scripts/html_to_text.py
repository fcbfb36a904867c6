"""HTML pages to plain-text paragraphs, for a corpus of unseen text (scripts/unseen_corpus.sh).

    python3 scripts/html_to_text.py SRC_DIR OUT_DIR

Every `.html` file under SRC_DIR becomes one `.txt` file in OUT_DIR (its path with `/` as `__`):
each block element (paragraph, list item, heading, table cell, ...) a paragraph, blocks separated
by a blank line, white space inside a block collapsed, except in `<pre>`, which keeps its lines.
Scripts, styles and the head are left out. Standard library only."""
import html.parser, os, sys

BLOCK = {"p", "div", "li", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "tr", "td", "th",
         "table", "blockquote", "title", "br", "ul", "ol", "dl", "section", "article", "caption"}
SKIP = {"script", "style", "head"}

class P(html.parser.HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.out, self.cur, self.skip, self.pre = [], [], 0, 0
    def flush(self):
        t = "".join(self.cur)
        self.cur = []
        if self.pre:
            t = t.strip("\n")
        else:
            t = " ".join(t.split())
        if t.strip():
            self.out.append(t)
    def handle_starttag(self, tag, attrs):
        if tag in SKIP: self.skip += 1
        if tag in BLOCK: self.flush()
        if tag == "pre": self.pre += 1
    def handle_endtag(self, tag):
        if tag in BLOCK: self.flush()
        if tag == "pre": self.pre = max(0, self.pre - 1)
        if tag in SKIP: self.skip = max(0, self.skip - 1)
    def handle_data(self, d):
        if not self.skip: self.cur.append(d)

src, dst = sys.argv[1], sys.argv[2]
for root, _, files in os.walk(src):
    for f in files:
        if not f.endswith(".html"): continue
        p = P()
        p.feed(open(os.path.join(root, f), encoding="utf-8", errors="replace").read())
        p.flush()
        rel = os.path.relpath(os.path.join(root, f), src).replace("/", "__")[:-5] + ".txt"
        open(os.path.join(dst, rel), "w", encoding="utf-8").write("\n\n".join(p.out) + "\n")
