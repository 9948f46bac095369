"""The command line: files, stdin, formats, errors, exit codes (in-process and a subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleantext.cli import main

SEED = Path(__file__).parent / "fixtures" / "seed" / "rt-ban-ki-moon.txt"
TITLE = "Ban Ki-moon eyes greater UN role for Russia"


def test_text_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([str(SEED)]) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"{TITLE}\n2008-04-10T12:04\n\nBan Ki-moon says")
    assert "27:22" not in out


def test_json_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--format", "json", str(SEED), str(SEED)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2
    assert json.loads(lines[0])["title"] == TITLE


def test_markdown_output(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-f", "markdown", str(SEED)]) == 0
    assert capsys.readouterr().out.startswith(f"# {TITLE}\n\n")


def test_unreadable_file_is_reported_and_the_rest_goes_on(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.html"
    assert main([str(missing), str(SEED)]) == 1
    captured = capsys.readouterr()
    assert "cannot read" in captured.err and str(missing) in captured.err
    assert TITLE in captured.out


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="needs FIFOs")
def test_fifo_is_refused_without_blocking(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    assert main([str(fifo)]) == 1
    assert "not a regular file" in capsys.readouterr().err


def test_empty_directory_is_an_empty_batch(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([str(tmp_path)]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "0 pages: 0 ok, 0 failed, 0 skipped" in captured.err


def test_bad_usage_exits_2() -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--format", "yaml", str(SEED)])
    assert exit_info.value.code == 2


@pytest.mark.parametrize("output_format", ["text", "markdown"])
def test_blocks_with_a_format_that_cannot_hold_them_is_bad_usage(
    output_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["--blocks", "--format", output_format, str(SEED)])
    assert exit_info.value.code == 2
    assert "--blocks needs --format json or jsonl" in capsys.readouterr().err


def test_from_file_list_with_a_nul_byte_is_bad_usage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """No path holds a NUL: the list is refused, naming its line, before any page is read
    (it was each such page failing with `extraction failed: ValueError: embedded null byte`,
    the NUL itself written to stderr)."""
    listing = tmp_path / "list.txt"
    listing.write_text(f"{SEED}\nbad\x00name.html\n", encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["--from-file", str(listing)])
    assert exit_info.value.code == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"--from-file {listing}: line 2 holds a NUL byte" in captured.err
    assert "\x00" not in captured.err
    listing.write_text(f"{SEED}\n", encoding="utf-8")
    assert main(["--from-file", str(listing), "--jobs", "1"]) == 0
    assert capsys.readouterr().out.startswith(TITLE)


def test_stdin_bytes_through_python_m() -> None:
    page = (
        "<html><head><meta charset='windows-1252'></head><body><h1>Caf\xe9</h1>"
        "<p>Le caf\xe9 est ouvert depuis le matin, et la terrasse est pleine.</p></body></html>"
    )
    completed = subprocess.run(
        [sys.executable, "-m", "cleantext", "-f", "json", "-"],
        input=page.encode("cp1252"),
        capture_output=True,
        check=True,
        timeout=60,
    )
    data = json.loads(completed.stdout)
    assert data["title"] == "Café"
    assert data["encoding"] == "cp1252"
    assert "Le café est ouvert" in data["body"]
