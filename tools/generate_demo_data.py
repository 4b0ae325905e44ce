#!/usr/bin/env python3
"""Generate the demo data set of Mimecast Targeted Threat Protection (TTP) log records.

Writes one NDJSON file per log type under resources/demo/. Each line is one element of a
get-logs record list, as Mimecast would serialise it. It also writes
tests/data/demo-expectations.json, which states for every line whether the pipeline must
raise an alert, drop it as clean or reject it. For alerts it gives the alert type, MITRE
ATT&CK mapping, severity, UTC event time and dedup key.

The expectations come from a separate Python implementation of the pipeline rules below,
so the C++ code is compared against an independent reading of the same rules:

1. Validate. Required fields: attachment date and result, impersonation eventTime and
   taggedMalicious (a boolean), url date, url and scanResult. A missing, null or wrongly
   typed required field, or an unparseable date, rejects the record.
2. Drop clean records: attachment result safe or clean (any case), impersonation
   taggedMalicious false, url scanResult clean.
3. Choose the alert type. Attachment and impersonation records have a fixed type. For url
   records it is creationMethod when ttpDefinition is empty or absent, else reason when
   that is non-empty, else ttpDefinition.
4. Look the type up in the mapping table (case-insensitive, surrounding spaces ignored),
   falling back to the category's default row.

Run from anywhere: `python3 tools/generate_demo_data.py` rewrites the files, and
`--check` regenerates them in memory and exits 1 when a file on disk differs.
"""

import argparse
import base64
import hashlib
import json
import random
import re
import struct
import sys
import zlib
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
SEED = 20261123
WEEK_START = datetime(2026, 11, 23, tzinfo=timezone.utc)
WEEK_END = WEEK_START + timedelta(days=7)
CUSTOMER_CODE = "CDEMO01"

# Line counts per file, special cases included.
RECORD_COUNTS = {"attachment": 72, "impersonation": 62, "url": 96}

OUTPUT_FILES = {
    "attachment": "resources/demo/ttp-attachment.ndjson",
    "impersonation": "resources/demo/ttp-impersonation.ndjson",
    "url": "resources/demo/ttp-url.ndjson",
}
EXPECTATIONS_FILE = "tests/data/demo-expectations.json"

# Marks a field that an edit removes from a record.
ABSENT = object()


# ---------------------------------------------------------------------------
# Pipeline rules, implemented independently of the C++ code.

MAPPING_TABLE = [
    ("Impersonation Attempt", "T1598.003", "Spearphishing Link"),
    ("Unsafe Email Attachment", "T1598.002", "Spearphishing Attachment"),
    ("URL Protection", "T1598.003", "Spearphishing Link"),
    ("Default URL Protection", "T1598.003", "Spearphishing Link"),
    ("IP Temporarily Blacklisted", "TA0001", "Initial Access"),
    ("Submitter failed to authenticate", "T1078", "Valid Accounts"),
    ("Anti-Spoofing policy - Inbound not allowed", "T1598.003", "Spearphishing Link"),
    ("Invalid Recipient", "TA0005", "Defense Evasion"),
    ("Exceeding outbound thread limit", "T1041", "Exfiltration Over C2 Channel"),
    ("Message bounced due to Content Examination Policy", "T1598", "Phishing for Information"),
    ("Default Inbound URL Protect Definition", "T1598.003", "Spearphishing Link"),
]
DEFAULT_ROWS = {
    "attachment": "Unsafe Email Attachment",
    "impersonation": "Impersonation Attempt",
    "url": "URL Protection",
}
REQUIRED_FIELDS = {
    "attachment": [("date", "date"), ("result", "string")],
    "impersonation": [("eventTime", "date"), ("taggedMalicious", "boolean")],
    "url": [("date", "date"), ("url", "string"), ("scanResult", "string")],
}
DEDUP_KEY_FIELDS = {
    "attachment": ["messageId", "recipientAddress", "fileHash", "date", "result"],
    "impersonation": ["id", "messageId", "recipientAddress", "eventTime"],
    "url": ["messageId", "userEmailAddress", "url", "date", "action", "creationMethod"],
}
DATE_PATTERN = re.compile(
    r"(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z|[+-]\d{2}:?\d{2})"
)


def parse_date(text):
    """Return the UTC instant of a Mimecast date, or None when it is not a valid date.

    Accepts `+0000`-style offsets (what Mimecast sends), `+00:00` and `Z`.
    """
    match = DATE_PATTERN.fullmatch(text)
    if match is None:
        return None
    try:
        local = datetime(*(int(part) for part in match.groups()[:6]))
    except ValueError:
        return None

    zone = match.group(7)
    offset_minutes = 0
    if zone != "Z":
        digits = zone[1:].replace(":", "")
        offset_minutes = int(digits[:2]) * 60 + int(digits[2:])
        if zone[0] == "-":
            offset_minutes = -offset_minutes
    return (local - timedelta(minutes=offset_minutes)).replace(tzinfo=timezone.utc)


def text_value(record, field):
    """Return a field as the pipeline reads it: absent and null both become ""."""
    value = record.get(field)
    return "" if value is None else value


def find_problem(log_type, record):
    """Return (field, problem) for the first reason to reject the record, or None."""
    required = REQUIRED_FIELDS[log_type]
    if not isinstance(record, dict) or not any(field in record for field, _ in required):
        return ("", "not a record")

    for field, kind in required:
        if field not in record:
            return (field, "missing")
        value = record[field]
        if value is None:
            return (field, "null")
        if kind == "boolean" and not isinstance(value, bool):
            return (field, "wrong type")
        if kind in ("string", "date") and not isinstance(value, str):
            return (field, "wrong type")
        if kind == "date" and parse_date(value) is None:
            return (field, "invalid date")
    return None


def is_clean(log_type, record):
    if log_type == "attachment":
        return record["result"].lower() in ("safe", "clean")
    if log_type == "impersonation":
        return record["taggedMalicious"] is False
    return record["scanResult"] == "clean"


def choose_alert_type(log_type, record):
    """Return (alert type, source field). The source field is None for a fixed type."""
    if log_type != "url":
        return (DEFAULT_ROWS[log_type], None)
    if text_value(record, "ttpDefinition") == "":
        return (text_value(record, "creationMethod"), "creationMethod")
    if text_value(record, "reason") != "":
        return (record["reason"], "reason")
    return (record["ttpDefinition"], "ttpDefinition")


def find_mapping_row(log_type, alert_type):
    """Return (row, True when the category default was used)."""
    rows = {row[0].lower(): row for row in MAPPING_TABLE}
    row = rows.get(alert_type.strip().lower())
    if row is not None:
        return (row, False)
    return (rows[DEFAULT_ROWS[log_type].lower()], True)


def choose_severity(log_type, record):
    if log_type == "attachment":
        return "high" if record["result"] in ("malicious", "unsafe") else "medium"
    if log_type == "impersonation":
        return "high" if record.get("action") in ("hold", "bounce", "delete") else "medium"
    return "high" if record["scanResult"] == "malicious" else "medium"


def dedup_key(log_type, record):
    """Return (key field values, SHA-1 hex of their UTF-8 text joined with "|")."""
    values = [text_value(record, field) for field in DEDUP_KEY_FIELDS[log_type]]
    assert all(isinstance(value, str) for value in values), values
    return (values, hashlib.sha1("|".join(values).encode("utf-8")).hexdigest())


def classify(log_type, record):
    """Return the expectation entry for one record, without its line number."""
    problem = find_problem(log_type, record)
    if problem is not None:
        return {"outcome": "rejected", "rejectedField": problem[0], "rejectedProblem": problem[1]}
    if is_clean(log_type, record):
        return {"outcome": "clean"}

    alert_type, source_field = choose_alert_type(log_type, record)
    row, fallback = find_mapping_row(log_type, alert_type)
    time_field = REQUIRED_FIELDS[log_type][0][0]
    key_values, key = dedup_key(log_type, record)
    expectation = {"outcome": "alert", "alertType": alert_type.strip()}
    if source_field is not None:
        expectation["alertTypeField"] = source_field
    expectation.update({
        "mappingRow": row[0],
        "mappingFallback": fallback,
        "threatId": row[1],
        "threatName": row[2],
        "severity": choose_severity(log_type, record),
        "eventTime": parse_date(record[time_field]).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "keyFields": key_values,
        "key": key,
    })
    return expectation


# ---------------------------------------------------------------------------
# Shared helpers for building records.

@dataclass
class Entry:
    """One line of an NDJSON file, with the outcome it was written to produce (None: any)."""

    record: object
    when: datetime
    expected: str | None
    note: str = ""
    escape_slashes: bool = True
    ascii_only: bool = False
    spaced: bool = False


def random_instant(rng):
    return WEEK_START + timedelta(seconds=rng.randrange(7 * 24 * 3600))


def format_date(when, style="+0000"):
    """Format a UTC instant the way Mimecast does (`+0000`), or in another valid style."""
    if style == "-0300":
        return (when - timedelta(hours=3)).strftime("%Y-%m-%dT%H:%M:%S-0300")
    suffix = {"+0000": "+0000", "Z": "Z", "+00:00": "+00:00"}[style]
    return when.strftime("%Y-%m-%dT%H:%M:%S") + suffix


def make_message_id(rng, when):
    host = rng.choice(
        ["mta.example.net", "mail.example.org", "smtp.example.com", "eur01.prod.example.com"]
    )
    return f"<{when:%Y%m%d%H%M%S}.{rng.getrandbits(40):010X}@{host}>"


def apply_edits(record, edits):
    """Replace, add (at the end) or remove (value ABSENT) fields of a record in place."""
    for field, value in edits.items():
        if value is ABSENT:
            record.pop(field, None)
        else:
            record[field] = value


def insert_after(record, anchor, field, value):
    """Return a copy of the record with a field inserted right after `anchor`."""
    result = {}
    for key, existing in record.items():
        result[key] = existing
        if key == anchor:
            result[field] = value
    return result


def serialize(entry):
    """Write one record as JSON text in the style of the Mimecast API.

    Many real records escape every "/" as "\\/". Since "/" occurs only inside JSON
    strings, replacing it everywhere in the text keeps the document equivalent.
    """
    separators = (", ", ": ") if entry.spaced else (",", ":")
    text = json.dumps(entry.record, ensure_ascii=entry.ascii_only, separators=separators)
    if entry.escape_slashes:
        text = text.replace("/", "\\/")
    return text


def make_mtoken(log_id):
    """Build an impersonation log id: "MTOKEN:" + base64url(zlib(JSON)), unpadded.

    The zlib stream holds one stored (uncompressed) deflate block. Any inflater reads it,
    and unlike zlib.compress the bytes do not depend on the zlib build, which keeps
    --check stable across systems: zlib-ng's PORTING.md warns that its deflate output may
    differ from zlib's. Real ids are compressed, so they start "eNq" where these start "eAE".
    """
    fields = {"customercode": CUSTOMER_CODE, "id": log_id, "version": 1, "tnde": "001"}
    payload = json.dumps(fields, separators=(",", ":")).encode("ascii")
    block_header = b"\x01" + struct.pack("<HH", len(payload), len(payload) ^ 0xFFFF)
    stream = b"\x78\x01" + block_header + payload + struct.pack(">I", zlib.adler32(payload))
    assert json.loads(zlib.decompress(stream))["id"] == log_id
    return "MTOKEN:" + base64.urlsafe_b64encode(stream).decode("ascii").rstrip("=")


RECIPIENTS = [f"user{number:02d}@example.com" for number in range(1, 25)]
EXTERNAL_SENDERS = [
    "billing@example.org", "invoices@accounts.example.org", "no-reply@docs.example.net",
    "hr-portal@example.net", "shipping-notice@example.org", "it-helpdesk@example.net",
    "news@mail.example.org",
]
EXTERNAL_IPS = [
    "203.0.113.15", "203.0.113.77", "203.0.113.144", "203.0.113.201",
    "198.51.100.8", "198.51.100.42", "198.51.100.179", "198.51.100.235",
]


# ---------------------------------------------------------------------------
# Attachment Protect records (data[0].attachmentLogs).

SPREADSHEET = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
WORD_MACRO = "application/vnd.ms-word.document.macroEnabled.12"
EXCEL_MACRO = "application/vnd.ms-excel.sheet.macroEnabled.12"
ATTACHMENT_FILES = [
    ("invoice_88213.pdf", "application/pdf"),
    ("Remittance Advice (2).pdf", "application/pdf"),
    ("Q4 forecast + notes.xlsx", SPREADSHEET),
    ("contract_draft_v3.docm", WORD_MACRO),
    ("scan_20261124.zip", "application/zip"),
    ("delivery-label.iso", "application/x-iso9660-image"),
    ("statement.html", "text/html"),
    ("purchase_order.rtf", "text/rtf"),
    ("payroll_update.xlsm", EXCEL_MACRO),
    ("meeting notes.docx",
     "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
    ("setup_helper.exe", "application/x-msdownload"),
]
ATTACHMENT_SUBJECTS = [
    "Invoice 88213 overdue", "Remittance advice", "RE: Q4 forecast", "Contract for signature",
    "Scanned document from MFP-3F", "Your parcel could not be delivered",
    "Account statement November", "Purchase order PO-55120", "Payroll changes from December",
    "Meeting notes", "FW: the tool you asked for",
]
ATTACHMENT_RESULTS = (
    ["safe"] * 9 + ["malicious"] * 7 + ["unsafe", "unsafe", "timeout", "error", "unknown"]
)


def make_attachment(rng, when, *, result=None, date_style="+0000", padded=True, sender=None,
                    recipient=None, file=None, subject=None, message_id=None):
    result = result or rng.choice(ATTACHMENT_RESULTS)
    route = rng.choice(["inbound"] * 4 + ["internal"])
    file_name, file_type = file or rng.choice(ATTACHMENT_FILES)
    if sender is None:
        senders = EXTERNAL_SENDERS + ["<>"] if route == "inbound" else RECIPIENTS
        sender = rng.choice(senders)

    # Mimecast pads the verdict word to 50 columns before the CRLF, except in some records.
    word = result.capitalize()
    seconds = rng.randrange(1, 90)
    duration = f"Time taken: 0 hrs, {seconds // 60} min, {seconds % 60} sec"
    details = (word.ljust(50) if padded else word) + "\r\n" + duration

    definition = f"Default {route.capitalize()} Attachment Protect Definition"
    if result == "safe" and rng.random() < 0.3:
        definition = "Inbound - Safe file with On-Demand Sandbox"
    file_hash = hashlib.sha256(f"demo attachment {rng.getrandbits(64)}".encode()).hexdigest()
    return {
        "senderAddress": sender,
        "recipientAddress": recipient or rng.choice(RECIPIENTS),
        "fileName": file_name,
        "fileType": file_type,
        "result": result,
        "actionTriggered": rng.choice(["none, none", "none", "user release, none"]),
        "date": format_date(when, date_style),
        "details": details,
        "route": route,
        "messageId": message_id or make_message_id(rng, when),
        "subject": subject or rng.choice(ATTACHMENT_SUBJECTS),
        "fileHash": file_hash,
        "definition": definition,
    }


def attachment_entries(rng):
    """Return the attachment lines: special cases first, then random records up to the count."""
    entries = []

    def add(expected, note, edits=None, when=None, escape_slashes=True, ascii_only=False,
            **fields):
        when = when or random_instant(rng)
        record = make_attachment(rng, when, **fields)
        apply_edits(record, edits or {})
        entries.append(Entry(record, when, expected, note, escape_slashes, ascii_only))

    add("clean", "null sender <>, result safe", sender="<>", result="safe")
    add("alert", "null sender <>, result malicious", sender="<>", result="malicious")
    add("clean", "result clean", result="clean")
    add("clean", "result CLEAN in upper case", result="clean", edits={"result": "CLEAN"})
    add("clean", "result Safe capitalised", result="safe", edits={"result": "Safe"})
    add("alert", "result unsafe, high severity", result="unsafe")
    add("alert", "result timeout, medium severity", result="timeout")
    add("alert", "result error, medium severity", result="error")
    add("alert", "result unknown, medium severity", result="unknown", padded=False)
    add("alert", "details without padding", result="malicious", padded=False)
    add("alert", "Portuguese subject and file name", result="malicious",
        subject="Fatura pendente — ação necessária",
        file=("relatório_financeiro_março.xlsx", SPREADSHEET))
    add("alert", "Japanese subject and file name", result="unsafe",
        subject="【至急】お見積りのご確認", file=("見積書_2026年11月.xlsm", EXCEL_MACRO))
    add("alert", "Cyrillic subject and file name written as \\u escapes", result="malicious",
        ascii_only=True, subject="Счёт на оплату №4471",
        file=("счёт_на_оплату.pdf", "application/pdf"))
    add("alert", "Greek file name, result timeout", result="timeout",
        subject="Εκκρεμές τιμολόγιο", file=("Τιμολόγιο_112026.pdf", "application/pdf"))
    add("alert", "distribution-list recipient", result="malicious",
        recipient="dl-finance@example.com")
    add("alert", "fileType with plain / (no \\/ escapes)", result="malicious",
        escape_slashes=False)
    add("alert", "date with Z", result="malicious", date_style="Z")
    add("alert", "date with +00:00", result="unsafe", date_style="+00:00")
    add("alert", "date with -0300, local day before the UTC day", result="malicious",
        date_style="-0300", when=datetime(2026, 11, 26, 1, 15, 42, tzinfo=timezone.utc))
    add("alert", "first second of the week", result="malicious", when=WEEK_START)
    add("alert", "last second of the week", result="malicious",
        when=WEEK_END - timedelta(seconds=1))

    # Two attachments of one message: same messageId and recipient, different files.
    when = random_instant(rng)
    message_id = make_message_id(rng, when)
    for file in [("payment_details.docm", WORD_MACRO), ("payment_details.pdf", "application/pdf")]:
        add("alert", "two attachments of one message", when=when, result="malicious",
            message_id=message_id, recipient="user07@example.com", file=file)

    add("rejected", "date missing", edits={"date": ABSENT})
    add("rejected", "result missing", edits={"result": ABSENT})
    add("rejected", "result is a number", edits={"result": 2})
    add("rejected", "result is null", edits={"result": None})
    add("rejected", "date is null", edits={"date": None})
    add("rejected", "date is not a date", edits={"date": "yesterday"})
    add("rejected", "date out of range", edits={"date": "2026-13-45T99:00:00+0000"})
    add("rejected", "result safe but date missing: validation comes before the clean filter",
        result="safe", edits={"date": ABSENT})

    while len(entries) < RECORD_COUNTS["attachment"]:
        add(None, "", escape_slashes=rng.random() < 0.85)
    return entries


# ---------------------------------------------------------------------------
# Impersonation Protect records (data[0].impersonationLogs).

VIPS = [
    ("Chief Executive", "vip01@example.com"),
    ("Finance Director", "vip02@example.com"),
    ("Head of People", "vip03@example.com"),
]
IMPERSONATION_SENDERS = [
    "ceo.office@mail.example.net", "finance.director@example.org",
    "people.team@example.net", "exec-assistant@example.org",
]
IMPERSONATION_SUBJECTS = [
    "Are you at your desk?", "Urgent wire transfer today", "Quick favour",
    "Updated bank details for payment", "Gift cards for the team", "Confidential: acquisition",
    "RE: invoice approval", "Payroll direct deposit change",
]
IDENTIFIERS = [
    "internal_user_name", "similar_internal_domain", "newly_observed_domain",
    "reply_address_mismatch", "targeted_threat_dictionary",
]
ACTION_DEFINITIONS = {
    "none": "Tag email", "hold": "Hold for Review / User Hold", "bounce": "Bounce",
    "delete": "Delete",
}


def make_impersonation_result(rng, identifier):
    """Describe one triggered identifier. Dictionary hits lack similarDomain and checkerResult."""
    if identifier == "targeted_threat_dictionary":
        phrase = rng.choice(["wire transfer", "gift cards", "urgent, payment"])
        return {"impersonationDomainSource": identifier, "stringSimilarToDomain": phrase}

    if identifier == "internal_user_name":
        name, address = rng.choice(VIPS)
        similar, similar_to = f"{name} <{address}>", name
    elif identifier == "similar_internal_domain":
        similar, similar_to = "example.com", "examp1e.example.net"
    else:
        similar = "example.com"
        similar_to = rng.choice(["payments-portal.example.net", "mail.example.org"])
    return {"impersonationDomainSource": identifier, "similarDomain": similar,
            "stringSimilarToDomain": similar_to, "checkerResult": "hit"}


def make_impersonation(rng, when, *, log_id, malicious=None, action=None, date_style="+0000",
                       recipient=None, subject=None, sender=None):
    if malicious is None:
        malicious = rng.random() < 0.8
    if action is None:
        actions = ["none", "none", "hold", "hold", "bounce", "delete"] if malicious else ["none"]
        action = rng.choice(actions)
    identifiers = rng.sample(IDENTIFIERS, rng.choice([1, 1, 2, 3]))
    hits = len(identifiers)
    definition = f"IP - {hits} hit{'s' if hits > 1 else ''} ({ACTION_DEFINITIONS[action]})"
    return {
        "id": make_mtoken(log_id),
        "senderAddress": sender or rng.choice(IMPERSONATION_SENDERS),
        "recipientAddress": recipient or rng.choice(RECIPIENTS),
        "subject": subject or rng.choice(IMPERSONATION_SUBJECTS),
        "definition": definition,
        "hits": hits,
        "identifiers": identifiers,
        "action": action,
        "taggedExternal": rng.random() < 0.3,
        "taggedMalicious": malicious,
        "senderIpAddress": rng.choice(EXTERNAL_IPS),
        "eventTime": format_date(when, date_style),
        "impersonationResults": [make_impersonation_result(rng, name) for name in identifiers],
        "messageId": make_message_id(rng, when),
    }


def impersonation_entries(rng):
    """Return the impersonation lines: special cases first, then random records up to the count."""
    entries = []
    next_id = 4100001

    def add(expected, note, edits=None, when=None, log_id=None, ascii_only=False, **fields):
        nonlocal next_id
        when = when or random_instant(rng)
        if log_id is None:
            log_id = next_id
            next_id += 1
        record = make_impersonation(rng, when, log_id=log_id, **fields)
        apply_edits(record, edits or {})
        entries.append(Entry(record, when, expected, note, ascii_only=ascii_only))

    # One message to two recipients logged under one id: the id alone is not a unique key.
    shared_id = next_id
    next_id += 1
    for recipient, action in [("user03@example.com", "none"), ("user04@example.com", "hold")]:
        add("alert", "id shared with another record", log_id=shared_id, malicious=True,
            action=action, recipient=recipient, sender="finance.director@example.org",
            subject="Updated bank details for payment")

    add("alert", "action hold, high severity", malicious=True, action="hold")
    add("alert", "action bounce, high severity", malicious=True, action="bounce")
    add("alert", "action delete, high severity", malicious=True, action="delete")
    add("alert", "action none, medium severity", malicious=True, action="none")
    add("clean", "taggedMalicious false", malicious=False)
    add("clean", "taggedMalicious false with action hold", malicious=False, action="hold")
    add("alert", "Portuguese subject", malicious=True,
        subject="Fatura pendente — ação necessária")
    add("alert", "Cyrillic subject", malicious=True, subject="Срочный платёж сегодня")
    add("alert", "Japanese subject written as \\u escapes", malicious=True, ascii_only=True,
        subject="至急：振込先の変更について")
    add("alert", "distribution-list recipient", malicious=True,
        recipient="dl-all-staff@example.com")
    dictionary_hit = {"impersonationDomainSource": "targeted_threat_dictionary",
                      "stringSimilarToDomain": "wire transfer"}
    add("alert", "dictionary hit without similarDomain and checkerResult", malicious=True,
        action="none", edits={"identifiers": ["targeted_threat_dictionary"], "hits": 1,
                              "definition": "IP - 1 hit (Tag email)",
                              "impersonationResults": [dictionary_hit]})
    add("alert", "eventTime with Z", malicious=True, date_style="Z")
    add("alert", "eventTime with +00:00", malicious=True, date_style="+00:00")
    add("alert", "eventTime with -0300, local day before the UTC day", malicious=True,
        date_style="-0300", when=datetime(2026, 11, 28, 2, 40, 5, tzinfo=timezone.utc))

    when = random_instant(rng)
    add("rejected", "eventTime missing (the record has date instead)", when=when,
        edits={"eventTime": ABSENT, "date": format_date(when)})
    add("rejected", "taggedMalicious missing", edits={"taggedMalicious": ABSENT})
    add("rejected", "taggedMalicious is the string \"true\"", edits={"taggedMalicious": "true"})
    add("rejected", "taggedMalicious is the number 1", edits={"taggedMalicious": 1})
    add("rejected", "taggedMalicious is null", edits={"taggedMalicious": None})
    add("rejected", "eventTime is not a date", edits={"eventTime": "yesterday"})
    add("rejected", "eventTime is a number", edits={"eventTime": 1795699200})
    add("rejected", "taggedMalicious false but eventTime missing", malicious=False,
        edits={"eventTime": ABSENT})

    while len(entries) < RECORD_COUNTS["impersonation"]:
        add(None, "")
    return entries


# ---------------------------------------------------------------------------
# URL Protect records (data[0].clickLogs).

MALICIOUS_URLS = [
    "https://login.example.net/office365/verify?session={token}",
    "http://203.0.113.77/invoice_{number}.zip",
    "https://docs.example.org/share/{token}/Remittance.pdf.html",
    "https://cdn.example.net/updates/ReaderUpdate.exe",
    "https://storage.example.org/b/{token}/o/statement.htm?alt=media",
    "https://www.example.com/tracking?parcel={number}&lang=en&ref=mail",
]
CLEAN_URLS = [
    "https://click.news.example.org/?qs={zeros}",
    "https://www.example.org/blog/2026/11/winter-sale?utm_source=newsletter&utm_medium=email",
    "https://portal.example.com/hr/benefits",
    "https://www.example.net/docs/Fatura%20pendente.pdf",
]
URL_SUBJECTS = [
    "Your mailbox is almost full", "Shared document: Remittance.pdf",
    "Parcel delivery attempt failed", "Action required: verify your account",
    "Winter sale starts now", "Benefits enrolment reminder", "Reader update required",
    "RE: statement",
]
INBOUND_URL_DEFINITIONS = ["Default Inbound URL Protect Definition", "Inbound URL 'Aggressive'"]
CLEAN_CATEGORIES = ["Business", "Shopping", "Search Engines & Portals", "Unknown"]
MALICIOUS_CATEGORIES = ["Phishing & Fraud", "Compromised", "Dangerous file extension"]


def make_tag_map(url):
    """Build the tagMap of newer records: keys contain ":" and some values only look like lists."""
    if url.endswith((".exe", ".zip")):
        extension = url.rsplit(".", 1)[1]
        mime_type = "application/x-msdownload" if extension == "exe" else "application/zip"
        return {"DangerousFileExt": {
            "Status": ["CustomerSpecific", "VerdictBlock"],
            "Inspect:FileExts": [f"[{extension}]"],
            "Inspect:MimeTypes": ["[]"],
            "ContentCheck:DangerousMimetypesUrlFileDownload": [mime_type],
            "ContentCheck:ContentScannersBlocked": [f".{extension}"],
        }}
    return {"UrlReputationScan": {
        "Status": ["CustomerAll", "VerdictBlock"],
        "Type": ["Phishing"],
        "UrlBlock": [f"ORIGINAL:{url} (Blocked as PHISHING)"],
        "Url": [url],
    }}


def make_url_click(rng, when, *, scan_result=None, route=None, creation_method=None,
                   definition=None, url=None, date_style="+0000", user=None, subject=None,
                   message_id=None, tag_map=None):
    scan_result = scan_result or rng.choice(["clean"] * 2 + ["malicious"] * 3)
    route = route or rng.choice(["inbound"] * 4 + ["internal"])
    creation_method = creation_method or rng.choice(["User Click", "Entry Scan"])
    if definition is None:
        if route == "internal":
            definition = "Default Internal URL Protect Definition"
        else:
            definition = rng.choice(INBOUND_URL_DEFINITIONS)
    template = rng.choice(MALICIOUS_URLS if scan_result != "clean" else CLEAN_URLS)
    random_url = template.format(token=f"{rng.getrandbits(96):024x}",
                                 number=rng.randrange(10000, 99999), zeros="0" * 64)
    url = url or random_url

    # action (lower case) and actions (capitalised) are separate fields that often disagree.
    if scan_result == "clean":
        action, actions, awareness = "allow", "Allow", "Continue"
        category = rng.choice(CLEAN_CATEGORIES)
    elif creation_method == "Entry Scan":
        action, actions = "warn", rng.choice(["Block", "None"])
        awareness = rng.choice(["N/A", "NA"])
        category = rng.choice(MALICIOUS_CATEGORIES)
    else:
        action, actions = "block", rng.choice(["Block", "Browser Isolation"])
        awareness = "N/A"
        category = rng.choice(MALICIOUS_CATEGORIES)

    senders = RECIPIENTS if route == "internal" else EXTERNAL_SENDERS
    record = {
        "userEmailAddress": user or rng.choice(RECIPIENTS),
        "fromUserEmailAddress": rng.choice(senders),
        "url": url,
        "ttpDefinition": definition,
        "subject": subject or rng.choice(URL_SUBJECTS),
        "action": action,
        "adminOverride": "N/A",
        "userOverride": "None",
        "scanResult": scan_result,
        "category": category,
        "sendingIp": "Internal IP" if route == "internal" else rng.choice(EXTERNAL_IPS),
        "userAwarenessAction": awareness,
        "date": format_date(when, date_style),
        "actions": actions,
        "route": route,
        "creationMethod": creation_method,
        "emailPartsDescription": [rng.choice(["Body", "Body", "Attachment"])],
        "messageId": message_id or make_message_id(rng, when),
    }

    # Only newer records carry tagMap; here that means the second half of the week.
    if tag_map is None:
        is_newer = when >= WEEK_START + timedelta(days=3)
        tag_map = scan_result == "malicious" and is_newer and rng.random() < 0.6
    if tag_map:
        record["tagMap"] = make_tag_map(url)
    return record


def url_entries(rng):
    """Return the url lines: special cases first, then random records up to the count."""
    entries = []

    def add(expected, note, edits=None, reason=ABSENT, when=None, escape_slashes=True,
            ascii_only=False, spaced=False, sort_keys=False, **fields):
        when = when or random_instant(rng)
        record = make_url_click(rng, when, **fields)
        if reason is not ABSENT:
            record = insert_after(record, "ttpDefinition", "reason", reason)
        apply_edits(record, edits or {})
        if sort_keys:
            record = dict(sorted(record.items()))
        entries.append(Entry(record, when, expected, note, escape_slashes, ascii_only, spaced))

    # Every path of the alert-type rule, and every row of the mapping table.
    add("alert", "ttpDefinition absent: type from creationMethod", scan_result="malicious",
        creation_method="User Click", edits={"ttpDefinition": ABSENT})
    add("alert", "ttpDefinition absent: type from creationMethod, scanResult suspicious",
        scan_result="suspicious", creation_method="Entry Scan", edits={"ttpDefinition": ABSENT})
    add("alert", "ttpDefinition empty: type from creationMethod", scan_result="malicious",
        creation_method="Entry Scan", definition="")
    add("alert", "ttpDefinition null: type from creationMethod", scan_result="malicious",
        creation_method="User Click", edits={"ttpDefinition": None})
    reasons = [
        "Impersonation Attempt", "Unsafe Email Attachment", "IP Temporarily Blacklisted",
        "Submitter failed to authenticate", "Anti-Spoofing policy - Inbound not allowed",
        "Invalid Recipient", "Exceeding outbound thread limit",
        "Message bounced due to Content Examination Policy",
    ]
    for reason in reasons:
        add("alert", "non-empty reason: type from reason", scan_result="malicious", reason=reason)
    add("alert", "reason in other case: type from reason", scan_result="malicious",
        reason="SUBMITTER FAILED TO AUTHENTICATE")
    add("alert", "reason empty: type from ttpDefinition", scan_result="malicious",
        definition="URL Protection", reason="")
    add("alert", "reason null: type from ttpDefinition", scan_result="suspicious",
        definition="Default Inbound URL Protect Definition", reason=None)
    add("alert", "reason absent: type from ttpDefinition", scan_result="malicious",
        definition="Default URL Protection")
    add("alert", "ttpDefinition in other case with surrounding spaces", scan_result="malicious",
        definition="  default INBOUND url protect definition ")
    add("alert", "unmapped ttpDefinition", scan_result="malicious",
        definition="Inbound URL 'Aggressive'")
    add("alert", "unmapped ttpDefinition", scan_result="malicious", route="internal",
        definition="Default Internal URL Protect Definition")
    add("alert", "scanResult suspicious, medium severity", scan_result="suspicious")

    # Shapes and values seen in real click logs.
    add("alert", "sendingIp Internal IP, userAwarenessAction NA", scan_result="malicious",
        route="internal", creation_method="Entry Scan", edits={"userAwarenessAction": "NA"})
    add("alert", "userAwarenessAction N/A, action warn vs actions Block", scan_result="malicious",
        creation_method="Entry Scan", edits={"actions": "Block", "userAwarenessAction": "N/A"})
    add("alert", "tagMap DangerousFileExt", scan_result="malicious", creation_method="Entry Scan",
        url="https://cdn.example.net/updates/ReaderUpdate.exe", tag_map=True,
        when=datetime(2026, 11, 27, 9, 12, 44, tzinfo=timezone.utc))
    add("alert", "tagMap UrlReputationScan with plain / (no \\/ escapes)",
        scan_result="malicious", creation_method="Entry Scan", tag_map=True,
        escape_slashes=False, when=datetime(2026, 11, 29, 16, 3, 9, tzinfo=timezone.utc))
    add("alert", "distribution-list clicker", scan_result="malicious",
        user="dl-sales-emea@example.com")
    add("alert", "messageId wrapped in literal \\u003e text", scan_result="malicious",
        route="internal", message_id="\\u003eCA5C1D2E3F7A90B1@mail.example.org\\u003e")
    add("alert", "spaces after separators", scan_result="malicious", spaced=True)
    add("alert", "keys in alphabetical order", scan_result="malicious",
        creation_method="Entry Scan", sort_keys=True)
    add("alert", "Portuguese subject", scan_result="malicious",
        subject="Fatura pendente — ação necessária")
    add("alert", "Greek subject written as \\u escapes", scan_result="malicious",
        ascii_only=True, subject="Επαλήθευση λογαριασμού")
    add("alert", "date with Z", scan_result="malicious", date_style="Z")
    add("alert", "date with +00:00", scan_result="malicious", date_style="+00:00")
    add("alert", "date with -0300, local day before the UTC day", scan_result="malicious",
        date_style="-0300", when=datetime(2026, 11, 24, 0, 30, 0, tzinfo=timezone.utc))
    add("clean", "scanResult clean", scan_result="clean")
    add("clean", "scanResult clean without ttpDefinition", scan_result="clean",
        edits={"ttpDefinition": ABSENT})

    # One message scanned for three recipients: one messageId, three records.
    when = random_instant(rng)
    message_id = make_message_id(rng, when)
    for offset, user in enumerate(["user11@example.com", "user12@example.com",
                                   "user13@example.com"]):
        add("alert", "messageId shared by several recipients",
            when=when + timedelta(seconds=offset), scan_result="malicious", route="inbound",
            creation_method="Entry Scan", definition="Default Inbound URL Protect Definition",
            message_id=message_id, user=user, subject="Shared document: Remittance.pdf",
            url="https://docs.example.org/share/4f1c9e/Remittance.pdf.html")

    add("rejected", "date missing", edits={"date": ABSENT})
    add("rejected", "url missing", edits={"url": ABSENT})
    add("rejected", "scanResult missing", edits={"scanResult": ABSENT})
    add("rejected", "scanResult is null", edits={"scanResult": None})
    add("rejected", "url is an array", edits={"url": ["https://login.example.net/verify"]})
    add("rejected", "date is a number", edits={"date": 1795528800})
    add("rejected", "date is 31 November", edits={"date": "2026-11-31T10:15:00+0000"})
    add("rejected", "date is not a date", edits={"date": "yesterday"})

    # A whole (empty) response envelope written where a record belongs.
    envelope = {"meta": {"status": 200, "pagination": {"pageSize": 25, "totalCount": 0}},
                "data": [{"clickLogs": []}], "fail": []}
    entries.append(Entry(envelope, random_instant(rng), "rejected",
                         "response envelope instead of a record"))

    while len(entries) < RECORD_COUNTS["url"]:
        add(None, "", escape_slashes=rng.random() < 0.7)
    return entries


# ---------------------------------------------------------------------------
# Output.

def build_log(log_type, entries):
    """Order the lines oldest first, as with oldestFirst:true, and classify each one.

    Returns (NDJSON text, expectation entries, totals). Raises AssertionError when a
    special case does not produce the outcome it was written for.
    """
    entries = sorted(entries, key=lambda entry: entry.when)
    lines = []
    expectations = []
    totals = {"records": len(entries), "alert": 0, "clean": 0, "rejected": 0}
    for number, entry in enumerate(entries, start=1):
        line = serialize(entry)
        expectation = {"line": number, **classify(log_type, json.loads(line))}
        if entry.expected is not None:
            assert expectation["outcome"] == entry.expected, (log_type, entry.note, expectation)
        if entry.note:
            expectation["note"] = entry.note
        totals[expectation["outcome"]] += 1
        lines.append(line)
        expectations.append(expectation)

    keys = [item["key"] for item in expectations if item["outcome"] == "alert"]
    assert len(keys) == len(set(keys)), f"duplicate dedup key in {log_type}"
    return "\n".join(lines) + "\n", expectations, totals


def check_url_coverage(expectations):
    """Assert that the url records reach every mapping row and every alert-type path."""
    alerts = [item for item in expectations if item["outcome"] == "alert"]
    rows = {item["mappingRow"] for item in alerts}
    assert rows == {row[0] for row in MAPPING_TABLE}, rows
    sources = {item["alertTypeField"] for item in alerts}
    assert sources == {"creationMethod", "reason", "ttpDefinition"}, sources
    assert {item["severity"] for item in alerts} == {"high", "medium"}
    assert any(item["mappingFallback"] for item in alerts)


def generate():
    """Return {path relative to the repository: file text} for every generated file."""
    rng = random.Random(SEED)
    builders = {
        "attachment": attachment_entries,
        "impersonation": impersonation_entries,
        "url": url_entries,
    }
    outputs = {}
    logs = {}
    totals = {"all": {"records": 0, "alert": 0, "clean": 0, "rejected": 0}}
    for log_type, build_entries in builders.items():
        text, expectations, log_totals = build_log(log_type, build_entries(rng))
        outputs[OUTPUT_FILES[log_type]] = text
        logs[log_type] = {"file": OUTPUT_FILES[log_type], "records": expectations}
        totals[log_type] = log_totals
        for outcome, count in log_totals.items():
            totals["all"][outcome] += count
    check_url_coverage(logs["url"]["records"])

    document = {
        "generator": "tools/generate_demo_data.py",
        "window": {"from": "2026-11-23T00:00:00Z", "to": "2026-11-30T00:00:00Z"},
        "dedupKeyFields": DEDUP_KEY_FIELDS,
        "dedupKey": "SHA-1 hex of the UTF-8 bytes of the keyFields values joined with '|'. "
                    "Each value is the field's JSON string as decoded, unchanged (no trimming, "
                    "no date normalisation); an absent or null field is the empty string.",
        "alertType": "The value chosen from the record, without surrounding spaces. mappingRow is the table row "
                     "it matched (case-insensitive, surrounding spaces ignored), or the "
                     "category default when mappingFallback is true.",
        "totals": totals,
        "logs": logs,
    }
    outputs[EXPECTATIONS_FILE] = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    return outputs


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="regenerate in memory and exit 1 if any file on disk differs")
    arguments = parser.parse_args()

    outputs = generate()
    if arguments.check:
        stale = []
        for path, text in outputs.items():
            target = REPO_ROOT / path
            if not target.is_file() or target.read_bytes() != text.encode("utf-8"):
                stale.append(path)
        for path in stale:
            print(f"{path} is missing or out of date; run python3 tools/generate_demo_data.py",
                  file=sys.stderr)
        return 1 if stale else 0

    for path, text in outputs.items():
        target = REPO_ROOT / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8", newline="\n")
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
