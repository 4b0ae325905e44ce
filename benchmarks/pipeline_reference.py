#!/usr/bin/env python3
"""Python reference of the record pipeline, timed over the page file of bench_pipeline.

Mirrors, with the standard json module, what the C++ code does with a get-logs response body.
That is classifyResponse (parse, fail list and meta.status checks), extractLogsPage, and
RecordProcessor::process for every element. The last one covers validation, the clean filter,
severity, the sender and recipient fields, the alert type with its mapping-table row and
explanation, and the dedup key.

Usage: pipeline_reference.py PAGES_FILE

Each line of the file is a log type name, a tab and a response body. The script prints one
JSON object: records, alerts, clean, rejected, parseSeconds (json.loads alone, a first pass),
pipelineSeconds (the whole pipeline, a second pass) and digest, the SHA-1 hex over
"key threatId eventTime\\n" of every alert in order. bench_pipeline compares the counts and the
digest with its own.

Known differences from Qt, none of which the generated data reaches: str.strip() and Qt's
trimmed() disagree on a few control characters (U+001C to U+001F count as space only in
Python), and str.casefold() folds "ß" to "ss" where QString::toCaseFolded() keeps it.
"""

import hashlib
import json
import re
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path

MAPPING_FILE = Path(__file__).resolve().parent.parent / "resources/mapping/threat-mapping.jsonl"

RECORD_LIST_KEYS = {
    "attachment": "attachmentLogs",
    "impersonation": "impersonationLogs",
    "url": "clickLogs",
}
CATEGORY_NAMES = {"attachment": "attachment", "impersonation": "impersonation", "url": "url"}
DEFAULT_ALERT_TYPES = {
    "attachment": "Unsafe Email Attachment",
    "impersonation": "Impersonation Attempt",
    "url": "URL Protection",
}
TIME_FIELDS = {"attachment": "date", "impersonation": "eventTime", "url": "date"}

# (field, kind) in the order RecordValidation checks them.
REQUIRED_FIELDS = {
    "attachment": (("date", "time"), ("result", "text")),
    "impersonation": (("eventTime", "time"), ("taggedMalicious", "boolean")),
    "url": (("date", "time"), ("url", "text"), ("scanResult", "text")),
}
KEY_FIELDS = {
    "url": ("messageId", "userEmailAddress", "url", "date", "action", "creationMethod"),
    "attachment": ("messageId", "recipientAddress", "fileHash", "date", "result"),
    "impersonation": ("id", "messageId", "recipientAddress", "eventTime"),
}

TIME_PATTERN = re.compile(
    r"^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$"
)


def load_mapping(path):
    """Return the mapping table as {normalized alert type: (alertType, threatId, threatName)}."""
    table = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        alert_type = row["alertType"].strip()
        table[alert_type.casefold()] = (alert_type, row["threatId"].strip(), row["threatName"].strip())
    return table


def parse_mimecast_time(text):
    """Parse a record time as parseMimecastTime does; return an aware UTC datetime or None."""
    match = TIME_PATTERN.match(text.strip())
    if not match:
        return None
    year, month, day, hour, minute, second = (int(match.group(i)) for i in range(1, 7))
    fraction = match.group(7)
    milliseconds = int((fraction + "00")[:3]) if fraction else 0
    zone = match.group(8)
    offset = 0
    if zone != "Z":
        digits = zone[1:].replace(":", "")
        hours, minutes = int(digits[:2]), int(digits[2:4])
        if hours > 14 or minutes > 59:
            return None
        offset = (hours * 60 + minutes) * 60
        if zone.startswith("-"):
            offset = -offset
    try:
        local = datetime(year, month, day, hour, minute, second, milliseconds * 1000,
                         tzinfo=timezone.utc)
    except ValueError:
        return None
    return local - timedelta(seconds=offset)


def text_field(record, name):
    value = record.get(name)
    return value if isinstance(value, str) else ""


def validate(log_type, element):
    """Return None for a valid record, else the rejection reason."""
    if not isinstance(element, dict):
        return "not-a-record"
    if "meta" in element and ("data" in element or "fail" in element):
        return "not-a-record"
    for name, kind in REQUIRED_FIELDS[log_type]:
        value = element.get(name)
        if value is None:
            return "missing-field"
        if kind == "boolean":
            if not isinstance(value, bool):
                return "wrong-type"
            continue
        if not isinstance(value, str):
            return "wrong-type"
        if not value.strip():
            return "missing-field"
        if kind == "time" and parse_mimecast_time(value) is None:
            return "invalid-date"
    return None


def is_clean(log_type, record):
    if log_type == "attachment":
        return text_field(record, "result").strip().lower() in ("safe", "clean")
    if log_type == "impersonation":
        return not record.get("taggedMalicious")
    return text_field(record, "scanResult").strip().lower() == "clean"


def dedup_key(log_type, record):
    values = []
    for name in KEY_FIELDS[log_type]:
        value = record.get(name)
        values.append(value if isinstance(value, str) else "")
    return hashlib.sha1("|".join(values).encode("utf-8")).hexdigest()


def severity(log_type, record):
    if log_type == "attachment":
        result = text_field(record, "result").strip().lower()
        return "high" if result in ("malicious", "unsafe") else "medium"
    if log_type == "impersonation":
        action = text_field(record, "action").strip().lower()
        return "high" if action in ("hold", "bounce", "delete") else "medium"
    return "high" if text_field(record, "scanResult").strip().lower() == "malicious" else "medium"


def parties(log_type, record):
    """Return sender, recipient, subject, detail and action as fillParties sets them."""
    subject = text_field(record, "subject")
    if log_type == "attachment":
        file_name = text_field(record, "fileName")
        file_hash = text_field(record, "fileHash")
        detail = f"{file_name} (SHA-256 {file_hash})" if file_hash else file_name
        return (text_field(record, "senderAddress"), text_field(record, "recipientAddress"),
                subject, detail, text_field(record, "actionTriggered"))
    if log_type == "impersonation":
        return (text_field(record, "senderAddress"), text_field(record, "recipientAddress"),
                subject, text_field(record, "definition"), text_field(record, "action"))
    return (text_field(record, "fromUserEmailAddress"), text_field(record, "userEmailAddress"),
            subject, text_field(record, "url"), text_field(record, "action"))


def map_alert_type(log_type, record, table):
    """Return alert type, threat id, threat name and the explanation of the mapping."""
    source = "ttpDefinition"
    alert_type = DEFAULT_ALERT_TYPES[log_type]
    if log_type == "url":
        ttp_definition = text_field(record, "ttpDefinition")
        reason = text_field(record, "reason")
        if not ttp_definition.strip():
            source, alert_type = "creationMethod", text_field(record, "creationMethod")
        elif reason.strip():
            source, alert_type = "reason", reason
        else:
            alert_type = ttp_definition
    own_row = table.get(alert_type.strip().casefold())
    used_row = own_row or table.get(DEFAULT_ALERT_TYPES[log_type].casefold())
    alert_type = alert_type.strip()
    row_type, threat_id, threat_name = used_row
    threat = f"{threat_id} ({threat_name})"
    if log_type != "url":
        rule = (f"{CATEGORY_NAMES[log_type]} record: alert type \"{alert_type}\", table row "
                f"\"{row_type}\" gives {threat}.")
    elif source == "creationMethod":
        rule = (f"url record without ttpDefinition: creationMethod = \"{alert_type}\", "
                + (f"table row \"{row_type}\" gives {threat}." if own_row else
                   f"no table row, so the category default \"{row_type}\" gives {threat}."))
    else:
        rule = (f"url record: {source} = \"{alert_type}\", "
                + (f"table row \"{row_type}\" gives {threat}." if own_row else
                   f"no table row, so the category default \"{row_type}\" gives {threat}."))
    return alert_type, threat_id, threat_name, rule


def process(log_type, element, table):
    """Return ("alert", alert dict), ("clean", None) or ("rejected", reason)."""
    rejection = validate(log_type, element)
    if rejection:
        return "rejected", rejection
    if is_clean(log_type, element):
        return "clean", None
    sender, recipient, subject, detail, action = parties(log_type, element)
    alert_type, threat_id, threat_name, rule = map_alert_type(log_type, element, table)
    return "alert", {
        "key": dedup_key(log_type, element),
        "category": log_type,
        "alertType": alert_type,
        "threatId": threat_id,
        "threatName": threat_name,
        "mappingRule": rule,
        "severity": severity(log_type, element),
        "eventTime": parse_mimecast_time(element[TIME_FIELDS[log_type]]),
        "sender": sender,
        "recipient": recipient,
        "subject": subject,
        "detail": detail,
        "action": action,
        "record": element,
    }


def page_elements(log_type, body):
    """Return the records of a response body, or None when classifyResponse reports an error."""
    if not isinstance(body, dict) or body.get("fail"):
        return None
    meta = body.get("meta")
    status = meta.get("status", 200) if isinstance(meta, dict) else 200
    if status != 200:
        return None
    list_key = RECORD_LIST_KEYS[log_type]
    data = body.get("data")
    elements = []
    if isinstance(data, list):
        for entry in data:
            records = entry.get(list_key) if isinstance(entry, dict) else None
            if isinstance(records, list):
                elements.extend(records)
    elif isinstance(data, dict) and isinstance(data.get(list_key), list):
        elements = data[list_key]
    return elements


def read_pages(path):
    with open(path, "rb") as pages:
        for line in pages:
            log_type, body = line.rstrip(b"\n").split(b"\t", 1)
            yield log_type.decode("ascii"), body


def main():
    if len(sys.argv) != 2:
        sys.exit("Usage: pipeline_reference.py PAGES_FILE")
    path = sys.argv[1]
    table = load_mapping(MAPPING_FILE)

    parse_seconds = 0.0
    for _, body in read_pages(path):
        started = time.perf_counter()
        json.loads(body)
        parse_seconds += time.perf_counter() - started

    totals = {"records": 0, "alerts": 0, "clean": 0, "rejected": 0}
    pipeline_seconds = 0.0
    digest = hashlib.sha1()
    for log_type, body in read_pages(path):
        started = time.perf_counter()
        elements = page_elements(log_type, json.loads(body))
        if elements is None:
            sys.exit("A generated page was classified as an error.")
        outcomes = [process(log_type, element, table) for element in elements]
        pipeline_seconds += time.perf_counter() - started

        totals["records"] += len(elements)
        for kind, alert in outcomes:
            if kind == "alert":
                totals["alerts"] += 1
                event_time = alert["eventTime"].strftime("%Y-%m-%dT%H:%M:%SZ")
                digest.update(f"{alert['key']} {alert['threatId']} {event_time}\n".encode())
            else:
                totals[kind] += 1

    print(json.dumps({**totals, "parseSeconds": parse_seconds,
                      "pipelineSeconds": pipeline_seconds, "digest": digest.hexdigest()}))


if __name__ == "__main__":
    main()
