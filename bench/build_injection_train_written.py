"""Build `tests/data/injection_train_written.jsonl.gz`: written training texts for the learned injection scorer.

The texts live in `bench/written_training/` as data modules (`ROWS`, each a text, its label, its source and its kind):
indirect injection in the data an agent reads and hard negatives in the same carriers (`batch_indirect`), attacks
typed at a model and the requests that share their words (`batch_direct`), attacks in many languages, encodings and
forged structure next to benign text of the same shapes (`batch_encoded`), data carried off and tools misused, typed
or planted, beside the runbooks and requests that use the same words (`batch_exfiltration`), jailbreaks and personas
beside role-play, fiction and writing about jailbreaks (`batch_persona`), orders paraphrased natively in 45
languages beside ordinary text in them (`batch_languages`), attacks on agents with tools (data carried off, orders in
tool descriptions and results, claimed authority, harmful actions) beside the runbooks, tool output and requests that
share their words (`batch_agentic`), a second set in 47 languages, with orders across languages, code-switched and
romanised text (`batch_languages2`), jailbreak templates, attacks in more than thirty languages and orders planted in
ordinary data beside system prompts, articles quoting attacks and everyday text in those languages (`batch_frontier`),
instruction overrides, jailbreaks and prompt extraction beside security articles, API docs, system prompts and
users correcting their own requests (`batch_overreach`), a third set in more than forty languages, attacks
beside notices, leaflets, everyday mail and articles quoting attacks in the same languages (`batch_languages3`),
attacks in the manner of the public benchmarks (short overrides, password games, orders planted in agents' data,
in-the-wild jailbreaks) beside their hard negatives (`batch_benchmarks`), requests for the model's own
instructions verbatim beside everyday requests to copy, repeat or follow something exactly (`batch_exactness`), role
hijacks, impersonated operators and requests for the prompt or a guarded password beside role-play, HR notices and
developers asking about system prompts (`batch_roles`), and orders planted in logs, records, mail, pages, code and
transcripts, many-shot transcripts and notes addressed to an AI beside the same carriers without them and game rules
in seventeen languages (`batch_carriers`), data carried off in links, images, mail, searches, DNS and published files
and orders in two dozen encodings beside runbooks, share requests, tracking URLs, spoilers and encoded data
(`batch_leaks`), role hijacks, extraction and goal hijacks without any stock word beside role-play, users
changing their own requests and notices in the same words (`batch_oblique`), the same kinds of attack written natively
in more than forty languages beside corrections, notices, HR messages and game rules in them (`batch_abroad`), and the
everyday text a scanner flags wrongly (prompt templates, docs, security articles, forum posts, changelogs, users'
own bossy requests) beside orders slipped into the same genres (`batch_everyday`), quiet goal hijacks and data
carried off by agents with tools (calendar invites, READMEs, tickets, tool descriptions, handoffs, memory) without any
stock word beside users' own tasks for their agents in the same carriers (`batch_missions`), and attacks written as a
native speaker would phrase them in more than seventy languages, romanised and code-switched forms, beside
corrections, staff and IT notices, role-play and news in them (`batch_native`), overrides, extraction and data
carried off in plain words beside users changing their minds, handovers, password games and staff notices
(`batch_plainspoken`), role hijacks, claimed authority and jailbreak framing beside role-play, real authority
notices, delegation and handoff notes and fiction (`batch_authority`), data carried off by models and agents with
tools, typed or planted (links and images with data in the URL, webhooks, mail, shares and permissions, repositories
and pastes, DNS, QR codes, forms, payment memos, memory), beside users sending their own data, runbooks, tracking
URLs, privacy policies and write-ups of leaks (`batch_outbound`), and role hijacks told as new owners, reassignments,
handovers and other sides, and extraction asked for obliquely (summaries, translations, poems, blanks, password games,
configuration dumps), beside role-play, HR and handover notices, account transfers and questions about what an
assistant can do (`batch_allegiance`), orders hidden in the structured data agents read (JSON tool results and string
arrays, MCP tools, OpenAPI, YAML, TOML, .env, CSV, SQL, logs, Git, manifests, Dockerfiles, Kubernetes, iCalendar,
headers, notebooks, memory and handoffs) beside the same structures with ordinary and bossy but legitimate content
(`batch_structured`), and attacks of every kind written natively in more than fifty languages and scripts, many of
them seldom covered (Zulu, Hausa, Amharic, Irish, Khmer, Lao, Quechua...), beside corrections, notices, role-play and
articles in them (`batch_vernacular`), attacks of every kind in the twenty-four languages held-out sets use most,
written natively and at depth, beside corrections, notices, role-play, agent tasks and articles in them
(`batch_homelands`), extraction asked for through transformations, games, pretexts and memory, and data carried off by
agents, typed or planted, beside questions about what an assistant can do, users' own errands, notices and articles
(`batch_inquiries`), and role hijacks (new personas, simulated systems, changed loyalties, claimed agent hierarchies,
promotions) beside role-play, system prompts, handoffs and articles (`batch_identities`), the scenarios held-out sets
write in many languages (side tasks that mail out customer lists, the assistant told it is now an administrator,
password games played backwards or letter by letter, the setup retold point by point, harvested passwords, fiction
for a forbidden procedure, orders planted in mail and code) in more than seventy-five languages beside notices, HR
messages, party games and corrections in them (`batch_scenarios`), and orders to agents addressed by a role label or
a vocative inside the data they read (JSON, CSV, PDFs, issues, handoffs, memory, smart-home events, packages) beside
the same labels used legitimately in transcripts, logs, docs and configs (`batch_labels`).

A row is left out when it is empty, equal (case and white space folded) to a row already kept or to a row of any
held-out set or of the other training files, or when it shares an 8-word shingle with a held-out row: the held-out
builders drop their rows by those shingles, so this file leaves every held-out set as its builder makes it.

    python bench/build_injection_train_written.py
"""
from __future__ import annotations

import gzip
import importlib
import json
from pathlib import Path

from heldout_sources import fold, shingles, texts_of

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT / "tests" / "data"
OUTPUT = DATA / "injection_train_written.jsonl.gz"
BATCHES = ("batch_indirect", "batch_direct", "batch_encoded", "batch_exfiltration", "batch_persona", "batch_languages",
           "batch_agentic", "batch_languages2", "batch_frontier", "batch_overreach", "batch_languages3", "batch_benchmarks",
           "batch_exactness", "batch_roles", "batch_carriers", "batch_leaks", "batch_oblique", "batch_abroad",
           "batch_everyday", "batch_missions", "batch_native",
           "batch_plainspoken", "batch_authority", "batch_outbound", "batch_allegiance",
           "batch_structured", "batch_vernacular", "batch_homelands", "batch_inquiries", "batch_identities",
           "batch_scenarios", "batch_labels", "batch_pretexts", "batch_tongues",
           "batch_carryoff", "batch_mothertongues", "batch_siphons")


def build() -> list[dict]:
    heldout = texts_of([*sorted(DATA.glob("injection_heldout*.jsonl")), DATA / "detection_corpus.jsonl"])
    training = texts_of([path for path in sorted(DATA.glob("injection_train*.jsonl.gz")) if path != OUTPUT])
    seen = {fold(text) for text in heldout + training}
    heldout_shingles = set().union(*map(shingles, heldout))
    kept = []
    for batch in BATCHES:
        for row in importlib.import_module(f"written_training.{batch}").ROWS:
            key = fold(row["text"])
            if not key or key in seen or shingles(row["text"]) & heldout_shingles:
                continue
            seen.add(key)
            kept.append({"injection": row["injection"], "source": row["source"], "text": row["text"].strip()})
    return kept


def main() -> None:
    rows = build()
    OUTPUT.write_bytes(gzip.compress("".join(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n" for r in rows)
                                     .encode("utf-8"), 9, mtime=0))
    print(f"wrote {OUTPUT.relative_to(ROOT)}: {len(rows)} rows, {sum(r['injection'] for r in rows)} attacks")


if __name__ == "__main__":
    main()
