#!/usr/bin/env python3
"""Validates project files against data/samenspel.schema.json.

Usage: validate-schema.py SCHEMA FILE...
Prints one line per file, exits 0 when every file is valid, 1 when one is
not, 77 (the "skip" status) never: a missing python3-jsonschema is an error,
since the tests must not silently pass without it.
"""
import json
import sys

try:
    import jsonschema
except ImportError:
    print("python3-jsonschema is not installed (apt-get install python3-jsonschema)")
    sys.exit(2)


def main():
    with open(sys.argv[1], encoding="utf-8") as f:
        schema = json.load(f)
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    validator = cls(schema)
    failed = False
    for path in sys.argv[2:]:
        with open(path, encoding="utf-8") as f:
            document = json.load(f)
        errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
        if errors:
            failed = True
            for e in errors:
                where = "/".join(str(p) for p in e.path)
                print("%s: invalid at /%s: %s" % (path, where, e.message))
        else:
            print("%s: valid" % path)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
