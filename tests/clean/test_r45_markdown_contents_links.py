"""(r45, issue 11) A Markdown contents list of anchor links over an excerpt. The text is made up.

A specification converted to Markdown opens with its own outline, one link a line to the
headings' anchors (`- [2.1. Packet Layout](#21-packet-layout)`), nested, its numbering INSIDE the
link's brackets, some links longer than an entry line once the anchor is counted. The excerpt
keeps only the first sections, so the later entries never stand again. Read as its text (the
link's brackets and address dropped: `rules_contents._plain`, `_short`), each entry names its
heading, and the list goes (`echoed-contents`). A list of numbered links to OTHER files, which
no heading below takes up, stays; so does a statute's bracketed history note under its first
paragraph, though it now stands among the text's first lines (`rules_widgets.site_bars`).
"""
from __future__ import annotations

from pipeline.clean import clean_text

SPEC = """# Kite Relay Protocol

## Summary

This note describes how kite stations pass weather readings along a chain of relays, so a reading taken on one hill reaches the valley office within a minute.

**Contents:**

- [Kite Relay Protocol](#kite-relay-protocol)
  - [Summary](#summary)
  - [1. Purpose](#1-purpose)
  - [2. Message Format](#2-message-format)
    - [2.1. Packet Layout](#21-packet-layout)
    - [2.2. Checksums and Sequence Numbers for Relayed Weather Readings](#22-checksums-and-sequence-numbers-for-relayed-weather-readings)
  - [3. Relaying](#3-relaying)
    - [3.1. Hop Limits](#31-hop-limits)
    - [3.2. Lost Readings](#32-lost-readings)
  - [4. Security Considerations](#4-security-considerations)
    - [4.1. Spoofed Stations](#41-spoofed-stations)

## 1. Purpose

Stations on hills far apart cannot reach the valley office by radio directly, so each station forwards what it hears.

## 2. Message Format

Every reading is sent as one short packet, and a station never joins two readings in one packet.

### 2.1. Packet Layout

The packet opens with the station's number, then the time, then the reading itself in tenths of a degree.

### 2.2. Checksums and Sequence Numbers for Relayed Weather Readings

Each packet ends in a checksum over all the bytes before it, and the sequence number counts up by one a packet.

## 3. Relaying

A station that hears a packet it has not heard before sends it on after a short random wait.
"""

SEE_ALSO = """# Kite Station Handbook

This handbook covers the station itself; the other parts of the series are listed below and kept as separate files.

- [1. Building the Mast](mast.md)
- [2. Wiring the Radio](radio.md)
- [3. Winter Care](winter.md)

## Mounting

Bolt the mast to the rock with four anchors and check them after every storm, since the wind loosens them slowly.
"""

HISTORY = """# 4.12 - Kite stations
## 4.12.010 - Permits.
A person who sets up a kite station on public land shall first obtain a permit from the county clerk, who may refuse it near an airfield.

\\[ [2031 c 12 § 4](http://laws.example.org/2031/12.pdf?cite=2031%20c%2012); [2029 c 3 § 1](http://laws.example.org/2029/3.pdf); [2027 c 8 § 2](http://laws.example.org/2027/8.pdf).\\]

## 4.12.020 - Fees.
The clerk shall charge a fee set each year by the board.
"""


def test_anchor_link_outline_goes():
    kept = clean_text(SPEC, source_file="kite-relay.md").lines
    assert not any("](#" in line for line in kept)
    assert "**Contents:**" not in kept
    assert "## 1. Purpose" in kept and "### 2.2. Checksums and Sequence Numbers for Relayed Weather Readings" in kept
    assert "# Kite Relay Protocol" in kept


def test_links_to_other_files_stay():
    kept = clean_text(SEE_ALSO, source_file="handbook.md").lines
    assert "- [1. Building the Mast](mast.md)" in kept and "- [3. Winter Care](winter.md)" in kept


def test_history_note_under_a_paragraph_stays():
    kept = clean_text(HISTORY, source_file="title-4.md").lines
    assert any(line.startswith("\\[ [2031 c 12 § 4]") for line in kept)
