#!/usr/bin/env python3
"""Sends every request of a .http file in order, as an editor would, and fails on the first non-2xx answer.

CI uses it to keep ClaimTracker.http working. It knows the part of the REST Client / Visual Studio syntax that file
uses: `@name = value` variables, `###` between requests, `# @name x` to name a request, `{{variable}}`,
`{{$timestamp}}`, `{{$guid}}` and `{{x.response.body.$.path}}` (a JSONPath like `$.id` or `$.items[0].id`).

    scripts/send-http-file.py ClaimTracker.http      # baseUrl and apiKey from CLAIMTRACKER_URL, CLAIMTRACKER_API_KEY
"""
import json
import os
import re
import sys
import time
import urllib.error
import urllib.request
import uuid

VARIABLE = re.compile(r"\{\{\s*([^}]+?)\s*\}\}")
RESPONSE_PATH = re.compile(r"^(\w+)\.response\.body\.\$((?:\.\w+|\[\d+\])*)$")


def parse(text):
    variables, requests = {}, []
    for block in re.split(r"^###.*$", text, flags=re.MULTILINE):
        name, lines = None, []
        for line in block.splitlines():
            if not lines and (match := re.match(r"^@(\w+)\s*=\s*(.*)$", line)):
                variables[match[1]] = match[2].strip()
            elif not lines and (match := re.match(r"^#\s*@name\s+(\w+)", line)):
                name = match[1]
            elif not lines and (not line.strip() or line.startswith(("#", "//"))):
                continue
            else:
                lines.append(line)
        if lines:
            requests.append((name, lines))
    return variables, requests


def resolve(text, variables, answers):
    def value(match):
        expression = match[1]
        if expression == "$timestamp":
            return str(int(time.time()))
        if expression == "$guid":
            return str(uuid.uuid4())
        if path := RESPONSE_PATH.match(expression):
            node = answers[path[1]]
            for step in re.findall(r"\.(\w+)|\[(\d+)\]", path[2]):
                node = node[step[0]] if step[0] else node[int(step[1])]
            return str(node)
        return resolve(variables[expression], variables, answers)

    return VARIABLE.sub(value, text)


def send(lines, variables, answers):
    method, url = resolve(lines[0], variables, answers).split()[:2]
    headers, body_start = {}, len(lines)
    for index, line in enumerate(lines[1:], start=1):
        if not line.strip():
            body_start = index + 1
            break
        key, _, header = line.partition(":")
        headers[key.strip()] = resolve(header.strip(), variables, answers)
    body = "\n".join(lines[body_start:]).strip()
    data = resolve(body, variables, answers).encode() if body else None
    request = urllib.request.Request(url, data=data, method=method, headers=headers)
    try:
        with urllib.request.urlopen(request) as response:
            return method, url, response.status, response.read().decode()
    except urllib.error.HTTPError as error:
        return method, url, error.code, error.read().decode()


def main(path):
    with open(path, encoding="utf-8") as file:
        variables, requests = parse(file.read())
    variables["baseUrl"] = os.environ.get("CLAIMTRACKER_URL", variables["baseUrl"])
    variables["apiKey"] = os.environ.get("CLAIMTRACKER_API_KEY", variables["apiKey"])
    answers = {}
    for name, lines in requests:
        method, url, status, body = send(lines, variables, answers)
        print(f"{status} {method} {url}")
        if not 200 <= status < 300:
            print(body, file=sys.stderr)
            return 1
        if name:
            answers[name] = json.loads(body)
    print(f"{path}: {len(requests)} requests, all answered 2xx")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else "ClaimTracker.http"))
