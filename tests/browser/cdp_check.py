#!/usr/bin/env python3
"""Open a relire HTML report in headless Chromium and report what the live page holds.

Standard library only: the script talks the Chrome DevTools Protocol over the pipe that
`--remote-debugging-pipe` opens (file descriptors 3 and 4, messages ended by NUL), so it needs
neither Playwright nor a WebSocket package, and Chromium never listens on a port.

    python3 tests/browser/cdp_check.py --chromium /usr/bin/chromium --html report.html \
        [--mark WORD] [--search WORD] [--screenshot out.png --width 1280 --height 2000]

It prints one JSON object on stdout:
    console_errors   uncaught exceptions, console.error calls and error log entries (CSP
                     violations, failed loads), as strings
    requests         every URL the page requested besides the page itself (file:, data:,
                     about: excluded): must be empty for a self-contained report
    findings         number of `.finding` elements in the DOM after the script ran
    visible          how many of them are visible with the filters cleared
    filters_shown    whether the script revealed the filter form
    matrix           whether `#matrix` is in the page
    mark_found       whether a `mark` element inside a side-by-side pair holds --mark
    rule_counts      {rule: visible findings} when each rule is picked in the rule filter
    search_visible   visible findings after typing --search in the text box
    title            the document title
Exit status 0 when the page could be checked (whatever it holds), 2 on a protocol or launch
failure (the message is on stderr).
"""

import argparse
import json
import os
import pathlib
import select
import shutil
import subprocess
import sys
import tempfile
import time

TIMEOUT = 60.0


class Browser:
    def __init__(self, chromium, profile, width, height, log):
        to_child_r, self.to_child = os.pipe()
        self.from_child, from_child_w = os.pipe()

        def fds():
            # Chromium reads commands on fd 3 and writes answers on fd 4.
            os.dup2(to_child_r, 3)
            os.dup2(from_child_w, 4)

        args = [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--no-default-browser-check",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--disable-dev-shm-usage",
            "--disable-extensions",
            "--hide-scrollbars",
            "--remote-debugging-pipe",
            f"--window-size={width},{height}",
            f"--user-data-dir={profile}",
            "about:blank",
        ]
        self.proc = subprocess.Popen(
            args,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=log,
            preexec_fn=fds,
            pass_fds=(3, 4),
        )
        os.close(to_child_r)
        os.close(from_child_w)
        self.buf = b""
        self.next_id = 0
        self.events = []

    def _read_message(self, deadline):
        while b"\0" not in self.buf:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("no answer from Chromium")
            ready, _, _ = select.select([self.from_child], [], [], left)
            if not ready:
                continue
            chunk = os.read(self.from_child, 1 << 20)
            if not chunk:
                raise EOFError("Chromium closed the DevTools pipe")
            self.buf += chunk
        raw, self.buf = self.buf.split(b"\0", 1)
        return json.loads(raw)

    def send(self, method, params=None, session=None, timeout=TIMEOUT):
        self.next_id += 1
        msg = {"id": self.next_id, "method": method, "params": params or {}}
        if session:
            msg["sessionId"] = session
        os.write(self.to_child, json.dumps(msg).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("id") == self.next_id:
                if "error" in m:
                    raise RuntimeError(f"{method}: {m['error']}")
                return m.get("result", {})
            self.events.append(m)

    def wait_event(self, method, timeout=TIMEOUT):
        for i, m in enumerate(self.events):
            if m.get("method") == method:
                return self.events.pop(i)
        deadline = time.monotonic() + timeout
        while True:
            m = self._read_message(deadline)
            if m.get("method") == method:
                return m
            self.events.append(m)

    def drain(self, seconds):
        """Collect the events that arrive within `seconds`."""
        deadline = time.monotonic() + seconds
        try:
            while True:
                self.events.append(self._read_message(deadline))
        except TimeoutError:
            pass

    def close(self):
        try:
            self.send("Browser.close", timeout=5)
        except Exception:
            pass
        try:
            self.proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.to_child)
        os.close(self.from_child)


PROBE = r"""
(() => {
  const all = () => Array.prototype.slice.call(document.querySelectorAll('.finding'));
  const visible = () => all().filter(e => e.getClientRects().length > 0).length;
  const form = document.getElementById('filters');
  const fire = el => {
    el.dispatchEvent(new Event('input', {bubbles: true}));
    el.dispatchEvent(new Event('change', {bubbles: true}));
  };
  const mark = %MARK%;
  const out = {
    findings: all().length,
    visible: visible(),
    filters_shown: !!form && !form.hidden,
    matrix: !!document.getElementById('matrix'),
    mark_found: !!mark && Array.prototype.some.call(
      document.querySelectorAll('.pair mark'), m => m.textContent.indexOf(mark) >= 0),
    rule_counts: {},
    search_visible: null,
    title: document.title,
  };
  if (form) {
    const rule = form.elements.rule;
    for (const o of Array.prototype.slice.call(rule.options)) {
      if (!o.value) continue;
      rule.value = o.value; fire(rule);
      out.rule_counts[o.value] = visible();
    }
    rule.value = ''; fire(rule);
    const search = %SEARCH%;
    if (search) {
      form.elements.q.value = search; fire(form.elements.q);
      out.search_visible = visible();
      form.elements.q.value = ''; fire(form.elements.q);
    }
  }
  return JSON.stringify(out);
})()
"""


def describe(event):
    method = event.get("method")
    p = event.get("params", {})
    if method == "Runtime.exceptionThrown":
        d = p.get("exceptionDetails", {})
        exc = d.get("exception", {}).get("description") or d.get("text")
        return f"uncaught exception: {exc} (line {d.get('lineNumber')})"
    if method == "Runtime.consoleAPICalled" and p.get("type") in ("error", "assert"):
        args = " ".join(str(a.get("value", a.get("description", ""))) for a in p.get("args", []))
        return f"console.{p['type']}: {args}"
    if method == "Log.entryAdded" and p.get("entry", {}).get("level") == "error":
        e = p["entry"]
        return f"log error ({e.get('source')}): {e.get('text')} {e.get('url', '')}".strip()
    return None


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--chromium", default="/usr/bin/chromium")
    ap.add_argument("--html", required=True)
    ap.add_argument("--mark", default="")
    ap.add_argument("--search", default="")
    ap.add_argument("--screenshot", default="")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=2000)
    a = ap.parse_args()

    url = pathlib.Path(a.html).resolve().as_uri()
    profile = tempfile.mkdtemp(prefix="relire-chromium-")
    # Chromium's own log goes to a file: a pipe nobody reads could fill and block it.
    log = tempfile.TemporaryFile()
    browser = None
    try:
        browser = Browser(a.chromium, profile, a.width, a.height, log)
        targets = browser.send("Target.getTargets")["targetInfos"]
        pages = [t for t in targets if t["type"] == "page"]
        target = pages[0]["targetId"] if pages else browser.send(
            "Target.createTarget", {"url": "about:blank"})["targetId"]
        session = browser.send(
            "Target.attachToTarget", {"targetId": target, "flatten": True})["sessionId"]
        for domain in ("Runtime", "Log", "Page", "Network"):
            browser.send(f"{domain}.enable", session=session)
        browser.send("Page.navigate", {"url": url}, session=session)
        browser.wait_event("Page.loadEventFired")
        browser.drain(0.5)
        probe = PROBE.replace("%MARK%", json.dumps(a.mark)).replace("%SEARCH%", json.dumps(a.search))
        res = browser.send("Runtime.evaluate", {"expression": probe, "returnByValue": True},
                           session=session)
        if "exceptionDetails" in res:
            raise RuntimeError(f"probe failed: {res['exceptionDetails']}")
        out = json.loads(res["result"]["value"])
        if a.screenshot:
            browser.send("Emulation.setDeviceMetricsOverride",
                         {"width": a.width, "height": a.height, "deviceScaleFactor": 1,
                          "mobile": False}, session=session)
            shot = browser.send("Page.captureScreenshot", {"format": "png"}, session=session)
            import base64
            pathlib.Path(a.screenshot).write_bytes(base64.b64decode(shot["data"]))
        browser.drain(0.2)
        out["console_errors"] = [d for d in map(describe, browser.events) if d]
        out["requests"] = sorted({
            e["params"]["request"]["url"]
            for e in browser.events
            if e.get("method") == "Network.requestWillBeSent"
            and not e["params"]["request"]["url"].startswith(("file:", "data:", "about:"))
        })
        print(json.dumps(out, indent=1, sort_keys=True))
        return 0
    except Exception as e:  # noqa: BLE001 - report any failure with Chromium's own words
        log.seek(0)
        err = log.read()
        print(f"cdp_check: {type(e).__name__}: {e}\n{err.decode(errors='replace')[-2000:]}",
              file=sys.stderr)
        return 2
    finally:
        if browser is not None:
            browser.close()
        log.close()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
