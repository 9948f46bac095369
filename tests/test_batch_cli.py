"""The batch command line, driven as a user runs it: `python -m cleantext` in a subprocess.

Folders with good pages and every kind of bad input, WARC archives, JSONL, and a run killed
half way then resumed with --skip-existing.
"""

from __future__ import annotations

import datetime as dt
import gzip
import importlib.util
import json
import os
import signal
import subprocess
import sys
import time
import zlib
from pathlib import Path

import pytest

from cleantext import ExtractOptions, extract
from cleantext.batch.sources import Page
from cleantext.batch.work import Settings, process, render
from tests.batch_pages import Response, article, warc

RUN_TIMEOUT_S = 60
HUGE_FILE_BYTES = 1 << 31
"""A sparse file: no disk used, far above the default size cap."""
KILL_PAGES = 80
ENDLESS_DEVICE = "/dev/zero"
"""A device that would never stop giving bytes if it were read."""
needs_fastwarc = pytest.mark.skipif(
    importlib.util.find_spec("fastwarc") is None,
    reason="the warc extra is not installed (pip install -e '.[test]' brings it)",
)


def cleantext(*args: str | Path, stdin: bytes = b"") -> subprocess.CompletedProcess[str]:
    """Run the real CLI; never hangs the suite (a blocking FIFO read would time out here)."""
    completed = subprocess.run(
        [sys.executable, "-m", "cleantext", *map(str, args)],
        input=stdin,
        capture_output=True,
        timeout=RUN_TIMEOUT_S,
    )
    return subprocess.CompletedProcess(
        completed.args,
        completed.returncode,
        completed.stdout.decode("utf-8"),
        completed.stderr.decode("utf-8"),
    )


PARAGRAPH = (
    "Paragraph {} of the story: the council met on Tuesday and voted to close the old bridge, "
    "and engineers will inspect every one of its piers before anyone is let across it again."
)


def expected_text(page: str | bytes) -> str:
    return render(extract(page), "text")


def summary(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """Good pages (plain, gzipped, nested) and the inputs a batch must refuse without
    blocking: a broken gzip, a FIFO, a dangling link, a symlink loop, a huge file."""
    root = tmp_path / "in"
    (root / "2024" / "may").mkdir(parents=True)
    (root / "a.html").write_text(article(1), encoding="utf-8")
    (root / "2024" / "b.htm").write_text(article(2), encoding="utf-8")
    (root / "2024" / "may" / "c.html.gz").write_bytes(gzip.compress(article(3).encode()))
    (root / "broken.html.gz").write_bytes(gzip.compress(article(4).encode())[:40])
    (root / "dangling.html").symlink_to(root / "nowhere.html")
    (root / "loop.html").symlink_to(root / "loop.html")
    with (root / "huge.html").open("wb") as huge:
        huge.truncate(HUGE_FILE_BYTES)
    if hasattr(os, "mkfifo"):
        os.mkfifo(root / "pipe.html")
        (root / "to-pipe.html").symlink_to(root / "pipe.html")
    if os.path.exists(ENDLESS_DEVICE):
        (root / "zero.html").symlink_to(ENDLESS_DEVICE)
    return root


GOOD = {"a": 1, "2024/b": 2, "2024/may/c": 3}
BAD = ("broken.html.gz", "dangling.html", "loop.html", "huge.html")


def test_folder_to_output_tree(tree: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    completed = cleantext("-o", out, "--jobs", "2", tree)
    assert completed.returncode == 1, completed.stderr
    for name in BAD:
        assert f"{tree / name}: " in completed.stderr
    assert "not a valid gzip file" in completed.stderr
    assert "No such file or directory" in completed.stderr
    assert "symbolic links" in completed.stderr
    assert "larger than the size cap" in completed.stderr and "--max-size" in completed.stderr
    bad_count = len(BAD)
    if hasattr(os, "mkfifo"):
        assert completed.stderr.count("not a regular file (a FIFO)") == 2
        bad_count += 2
    if os.path.exists(ENDLESS_DEVICE):
        assert "zero.html: cannot read: not a regular file (a character device)" in (
            completed.stderr
        )
        bad_count += 1
    assert summary(completed.stderr).startswith(
        f"cleantext: {len(GOOD) + bad_count} pages: {len(GOOD)} ok, {bad_count} failed, 0 skipped"
    )
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert written == sorted(f"{name}.txt" for name in GOOD)
    for name, number in GOOD.items():
        text = (out / f"{name}.txt").read_text(encoding="utf-8")
        assert text == expected_text(article(number))
        assert text.startswith(f"Story number {number}\n")
    assert completed.stdout == ""


def test_a_markdown_file_is_named_like_a_page_and_read_as_markdown(tmp_path: Path) -> None:
    (tmp_path / "in").mkdir()
    markdown = (
        "* [Home](/)\n* [News](/news)\n* [Sport](/sport)\n\n# Story number 7\n\n"
        + "\n\n".join(PARAGRAPH.format(n) for n in range(4))
    )
    (tmp_path / "in" / "story.md").write_text(markdown, encoding="utf-8")
    completed = cleantext("-o", tmp_path / "out", "-f", "json", tmp_path / "in")
    assert completed.returncode == 0, completed.stderr
    written = json.loads((tmp_path / "out" / "story.json").read_text(encoding="utf-8"))
    assert written["title"] == "Story number 7"
    assert "read as Markdown" in written["notes"]
    assert "Sport" not in written["body"]


def test_output_inside_the_input_is_not_read(tmp_path: Path) -> None:
    for number in range(2):
        (tmp_path / f"p{number}.html").write_text(article(number), encoding="utf-8")
    assert cleantext("-o", tmp_path / "out", tmp_path).returncode == 0
    again = cleantext("--skip-existing", "-o", tmp_path / "out", tmp_path)
    assert "2 pages: 0 ok, 0 failed, 2 skipped" in again.stderr
    jsonl = cleantext("-f", "jsonl", "-o", tmp_path / "all.jsonl", tmp_path)
    assert "4 pages: 4 ok" in jsonl.stderr  # two pages and out/*.txt, not all.jsonl itself


def test_jsonl_in_input_order_with_error_records(tree: Path) -> None:
    completed = cleantext("-f", "jsonl", "-j", "2", "--glob", "*.htm*", tree)
    assert completed.returncode == 1
    records = [json.loads(line) for line in completed.stdout.splitlines()]
    fifos = ("pipe.html", "to-pipe.html") if hasattr(os, "mkfifo") else ()
    device = ("zero.html",) if os.path.exists(ENDLESS_DEVICE) else ()
    specials = sorted([*BAD, *fifos, *device])
    walk_order = ["a.html", *specials, "2024/b.htm", "2024/may/c.html.gz"]
    assert walk_order[1:5] == ["broken.html.gz", "dangling.html", "huge.html", "loop.html"]
    assert [record["source"] for record in records] == [str(tree / name) for name in walk_order]
    by_source = {Path(record["source"]).name: record for record in records}
    assert by_source["c.html.gz"]["title"] == "Story number 3"
    assert "error" not in by_source["c.html.gz"]
    assert set(by_source["huge.html"]) == {"source", "error"}


def test_glob_stdin_and_from_file(tree: Path, tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    listing.write_text(f"{tree / 'a.html'}\n\n{tree / '2024'}\n", encoding="utf-8")
    completed = cleantext("--from-file", listing, "--glob", "*.htm", "-f", "jsonl", "-q")
    assert completed.returncode == 0, completed.stderr
    titles = [json.loads(line)["title"] for line in completed.stdout.splitlines()]
    assert titles == ["Story number 1", "Story number 2"]
    assert completed.stderr == ""
    piped = cleantext("-", stdin=gzip.compress(article(7).encode()))
    assert piped.returncode == 0
    assert piped.stdout == expected_text(article(7))


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() == 0, reason="root reads any file")
def test_unreadable_file_is_reported(tmp_path: Path) -> None:
    page = tmp_path / "secret.html"
    page.write_text(article(1), encoding="utf-8")
    page.chmod(0)
    completed = cleantext(page)
    assert completed.returncode == 1
    assert "secret.html: cannot read: Permission denied" in completed.stderr


def test_size_cap_is_a_flag(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article(1), encoding="utf-8")
    capped = cleantext("--max-size", "0.001", page)
    assert capped.returncode == 1
    assert "larger than the size cap" in capped.stderr
    bomb = tmp_path / "bomb.html.gz"
    bomb.write_bytes(gzip.compress(b"<p>" + b"a" * 100_000 + b"</p>"))
    assert "decompressed page is larger" in cleantext("--max-size", "0.05", bomb).stderr


def test_bad_usage_exits_2(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(article(1), encoding="utf-8")
    assert cleantext("--skip-existing", page).returncode == 2
    assert cleantext("--jobs", "0", page).returncode == 2
    assert cleantext("--timeout", "-1", page).returncode == 2
    assert cleantext("-", "-").returncode == 2
    in_the_way = tmp_path / "file"
    in_the_way.write_text("")
    for output_format in ("text", "jsonl"):
        completed = cleantext("-f", output_format, "-o", in_the_way / "out", page)
        assert completed.returncode == 2
        assert "Traceback" not in completed.stderr


def test_an_output_that_cannot_be_written_fails_its_page_only(tmp_path: Path) -> None:
    """`a.html` wants the file `out/a.txt` where `a.txt/b.html` wants a folder, and a name
    near the 255-byte limit left no room for the temporary file's: each stopped the batch."""
    root = tmp_path / "in"
    (root / "a.txt").mkdir(parents=True)
    for name in ("a.html", "a.txt/b.html", "c" * 240 + ".html", "d.html"):
        (root / name).write_text(article(1), encoding="utf-8")
    out = tmp_path / "out"
    completed = cleantext("-o", out, root)
    assert completed.returncode == 1
    assert "Traceback" not in completed.stderr
    assert (
        completed.stderr.count(": cannot write ") == 1
    )  # a.txt or a.txt/b.txt, whichever came second
    assert "4 pages: 3 ok, 1 failed" in summary(completed.stderr)
    assert (out / ("c" * 240 + ".txt")).is_file()
    assert (out / "d.txt").is_file()


RECORD_IDS = (
    "0b4e2a56-0000-4000-8000-000000000001",
    "0b4e2a56-0000-4000-8000-000000000002",
    "0b4e2a56-0000-4000-8000-000000000003",
)


def _archive(tmp_path: Path, *, compress: bool) -> Path:
    # the headline (and the <title> that confirms it) only in cp1252: the HTTP charset must win
    latin = article(2, charset=None).replace("Story number 2", "Café number 2")
    latin = latin.replace("<title>Story 2 ", "<title>Café number 2 ")
    responses = [
        Response("https://example.org/news/1", article(1).encode(), record_id=RECORD_IDS[0]),
        Response(
            "https://example.org/news/2",
            latin.encode("cp1252"),
            content_type="text/html; charset=windows-1252",
            record_id=RECORD_IDS[1],
        ),
        Response("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", content_type="image/png"),
        Response("https://example.org/gone", b"<html>Not found</html>", status="404 Not Found"),
        Response("https://example.org/news/3", article(3).encode(), record_id=RECORD_IDS[2]),
    ]
    path = tmp_path / ("crawl.warc.gz" if compress else "crawl.warc")
    path.write_bytes(warc(responses, compress=compress))
    return path


@needs_fastwarc
@pytest.mark.parametrize("compress", [True, False], ids=["warc.gz", "warc"])
def test_warc_records_with_url_charset_and_ids(tmp_path: Path, compress: bool) -> None:
    archive = _archive(tmp_path, compress=compress)
    completed = cleantext("-f", "jsonl", archive)
    assert completed.returncode == 0, completed.stderr
    records = [json.loads(line) for line in completed.stdout.splitlines()]
    assert [record["record_id"] for record in records] == [f"urn:uuid:{i}" for i in RECORD_IDS]
    assert [record["source"] for record in records] == [
        f"{archive}#urn:uuid:{record_id}" for record_id in RECORD_IDS
    ]
    assert records[0]["url"] == "https://example.org/news/1"
    assert records[1]["title"] == "Café number 2"
    assert records[1]["encoding"] == "cp1252"
    assert "3 pages: 3 ok, 0 failed" in completed.stderr


@needs_fastwarc
def test_warc_to_output_tree_and_record_size_cap(tmp_path: Path) -> None:
    archive = _archive(tmp_path, compress=True)
    out = tmp_path / "out"
    completed = cleantext("-o", out, archive)
    assert completed.returncode == 0, completed.stderr
    files = sorted(p.name for p in (out / "crawl").iterdir())
    assert files == [f"{record_id}.txt" for record_id in RECORD_IDS]
    assert (out / "crawl" / files[2]).read_text(encoding="utf-8").startswith("Story number 3\n")
    capped = cleantext("-f", "jsonl", "--max-size", "0.001", archive)
    assert capped.returncode == 1
    errors = [json.loads(line) for line in capped.stdout.splitlines()]
    assert all("larger than the size cap" in record["error"] for record in errors)
    assert len(errors) == len(RECORD_IDS)


def test_warc_without_the_extra_is_a_usage_error(tmp_path: Path) -> None:
    archive = _archive(tmp_path, compress=True)
    hide_fastwarc = (
        "import sys; sys.modules['fastwarc'] = None; sys.modules['fastwarc.warc'] = None; "
        "from cleantext.cli import main; raise SystemExit(main(sys.argv[1:]))"
    )
    completed = subprocess.run(
        [sys.executable, "-c", hide_fastwarc, str(archive)],
        capture_output=True,
        text=True,
        timeout=RUN_TIMEOUT_S,
    )
    assert completed.returncode == 2
    assert "pip install 'cleantext-extract[warc]'" in completed.stderr


def test_killed_run_resumes_with_skip_existing(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    pages = {f"p{number:03d}": article(number, paragraphs=150) for number in range(KILL_PAGES)}
    for name, page in pages.items():
        (source / f"{name}.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cleantext", "-q", "-j", "1", "-o", str(out), str(source)]
    run = subprocess.Popen(command, start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while not list(out.glob("*.txt")) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.communicate(timeout=RUN_TIMEOUT_S)
    first = sorted(out.glob("*.txt"))
    assert first, "the run was killed before writing anything"
    print(f"killed after {len(first)} of {KILL_PAGES} pages")
    expected = {name: expected_text(page) for name, page in pages.items()}
    for path in first:  # whatever the kill interrupted, no output is half written
        assert path.read_text(encoding="utf-8") == expected[path.stem]

    resumed = cleantext("-j", "2", "--skip-existing", "-o", out, source)
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(first)} skipped" in summary(resumed.stderr)
    for name, text in expected.items():
        assert (out / f"{name}.txt").read_text(encoding="utf-8") == text
    visible = [p for p in out.iterdir() if not p.name.startswith(".")]
    assert len(visible) == KILL_PAGES


def test_jsonl_file_resume_cuts_a_torn_line(tmp_path: Path) -> None:
    for number in range(3):
        (tmp_path / f"p{number}.html").write_text(article(number), encoding="utf-8")
    (tmp_path / "gone.html").symlink_to(tmp_path / "nowhere")
    output = tmp_path / "out" / "pages.jsonl"
    first = cleantext("-f", "jsonl", "-o", output, tmp_path / "p0.html", tmp_path / "gone.html")
    assert first.returncode == 1
    with output.open("a", encoding="utf-8") as stream:
        stream.write('{"source": "torn')
    every = [tmp_path / "p0.html", tmp_path / "gone.html", tmp_path / "p1.html"]
    resumed = cleantext("-f", "jsonl", "--skip-existing", "-o", output, *every)
    assert "3 pages: 1 ok, 1 failed, 1 skipped" in resumed.stderr
    records = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(Path(r["source"]).name, "error" in r) for r in records] == [
        ("p0.html", False),
        ("gone.html", True),
        ("gone.html", True),
        ("p1.html", False),
    ]


def test_sigterm_stops_cleanly(tmp_path: Path) -> None:
    source = tmp_path / "in"
    source.mkdir()
    for number in range(KILL_PAGES):
        page = article(number, paragraphs=150)
        (source / f"p{number:03d}.html").write_text(page, encoding="utf-8")
    out = tmp_path / "out"
    command = [sys.executable, "-m", "cleantext", "-j", "2", "-o", str(out), str(source)]
    run = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + RUN_TIMEOUT_S
    while not list(out.glob("*.txt")) and time.monotonic() < deadline and run.poll() is None:
        time.sleep(0.01)
    run.terminate()
    _, stderr = run.communicate(timeout=RUN_TIMEOUT_S)
    if run.returncode == 0:
        pytest.skip("the run finished before SIGTERM arrived")
    assert run.returncode == 128 + signal.SIGTERM
    assert summary(stderr).startswith("cleantext: interrupted after ")
    assert " ok, 0 failed, 0 skipped, " in summary(stderr)
    assert " not done in " in summary(stderr)
    assert not [path for path in out.iterdir() if path.name.startswith(".")]


@needs_fastwarc
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_special_or_missing_warc_is_reported(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.warc.gz")
    good = _archive(tmp_path, compress=True)
    completed = cleantext(tmp_path / "pipe.warc.gz", tmp_path / "missing.warc", good)
    assert completed.returncode == 1
    assert "pipe.warc.gz: cannot read WARC: not a regular file (a FIFO)" in completed.stderr
    assert "missing.warc: cannot read WARC: No such file or directory" in completed.stderr
    assert "5 pages: 3 ok, 2 failed" in completed.stderr


def test_a_page_over_the_time_limit_is_reported_and_the_batch_goes_on(tmp_path: Path) -> None:
    slow = tmp_path / "slow.html"
    slow.write_text(article(1, paragraphs=2000), encoding="utf-8")
    completed = cleantext("-j", "1", "--timeout", "0.001", slow, slow)
    assert completed.returncode == 1
    assert completed.stderr.count("timed out after 0.001 s (worker killed and replaced)") == 2


def test_a_reader_that_stops_early_ends_the_run_quietly(tmp_path: Path) -> None:
    for number in range(KILL_PAGES):
        (tmp_path / f"p{number:03d}.html").write_text(article(number), encoding="utf-8")
    command = [sys.executable, "-m", "cleantext", "-f", "jsonl", "-j", "1", str(tmp_path)]
    run = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert run.stdout is not None and run.stderr is not None
    run.stdout.read(10)  # like `| head -c 10`
    run.stdout.close()
    stderr = run.stderr.read().decode()
    run.stderr.close()
    assert run.wait(timeout=RUN_TIMEOUT_S) in (0, 128 + 13)  # 0 if it had all been written
    assert "Traceback" not in stderr


def test_a_warc_date_out_of_range_is_ignored_not_the_page() -> None:
    """A WARC-Date of 9999-12-31 made an ExtractOptions that extract() refuses."""
    settings = Settings("text", False, ExtractOptions(), None, None, 1 << 20)
    page = Page("crawl.warc#1", "1", data=article(1).encode(), reference_date=dt.date(9999, 12, 31))
    rendered = process(settings, page)
    assert rendered.error is None
    assert rendered.text.startswith("Story number 1\n")


CAMPAIGN_BOMB_BYTES = 40 << 20
"""Zeros a gzip bomb record inflates to (40 KB stored): twice the default size cap."""


def _campaign(tmp_path: Path) -> tuple[Path, list[str]]:
    """A WARC of good records around bad ones, and the record ids of the good ones: a gzip bomb
    and a corrupt gzip body served as HTML, a binary body, a hostile page (an 8 MB attribute
    on its first tag, no other tag in the sniff window) that still holds an article."""
    bomb = zlib.compressobj(9, zlib.DEFLATED, 31)
    chunk = bytes(1 << 20)
    bomb_body = b"".join([*(bomb.compress(chunk) for _ in range(CAMPAIGN_BOMB_BYTES >> 20))])
    hostile = article(5).replace(
        "<html>", '<html data-state="' + "{&quot;k&quot;:1}" * 500_000 + '">'
    )
    bodies = {
        "good-1": article(1).encode(),
        "bomb": bomb_body + bomb.flush(),
        "good-2": article(2).encode(),
        "corrupt-gzip": b"\x1f\x8b\x08\x00" + bytes(range(256)) * 4,
        "binary": b"\x00\x00\x00\x18ftypmp42" + bytes(range(256)) * 64,
        "hostile-5": hostile.encode(),
        "good-3": article(3).encode(),
    }
    responses = [
        Response(f"https://example.org/{name}", body, record_id=f"0c4e2a56-0000-4000-8000-{n:012d}")
        for n, (name, body) in enumerate(bodies.items())
    ]
    path = tmp_path / "campaign.warc.gz"
    path.write_bytes(warc(responses, compress=True))
    good = [
        response.url
        for response in responses
        if "good" in response.url or "hostile" in response.url
    ]
    return path, good


@needs_fastwarc
def test_a_warc_campaign_of_hostile_records_loses_only_the_bad_ones(tmp_path: Path) -> None:
    archive, good = _campaign(tmp_path)
    start = time.monotonic()
    completed = cleantext("-f", "jsonl", "-j", "2", archive)
    print(f"campaign: {time.monotonic() - start:.2f} s")
    assert completed.returncode == 1, completed.stderr
    assert "Traceback" not in completed.stderr
    records = {
        record["url"]: record
        for record in map(json.loads, completed.stdout.splitlines())
        if "url" in record
    }
    errors = [json.loads(line) for line in completed.stdout.splitlines() if '"error"' in line]
    for url in good:
        number = url.rsplit("-", 1)[1]
        assert records[url]["title"] == f"Story number {number}", url
        assert f"Paragraph 5 of story {number}." in records[url]["body"]
    assert {Path(e["source"]).name.split("#")[0] for e in errors} == {"campaign.warc.gz"}
    messages = sorted(e["error"] for e in errors)
    assert len(messages) == 2
    assert "not a valid gzip file" in messages[0]
    assert "decompressed page is larger than the size cap" in messages[1]
    binary = [r for r in records.values() if r["url"].endswith("/binary")]
    assert (
        binary
        and binary[0]["body"] == ""
        and binary[0]["sources"]["body"].startswith("not a web page")
    )
    assert "7 pages: 5 ok, 2 failed" in summary(completed.stderr)
