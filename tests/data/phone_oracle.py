#!/usr/bin/python3
"""The independent verdict on phone numbers for the differential test (tests/unit/ValidatorsTest.cpp).

Reads one spelling per line (UTF-8) and prints one JSON object per line: {"valid": bool, "e164": str}.
Valid means what the app accepts: a number of the Russian numbering plan (python3-phonenumbers, the Python port
of Google's libphonenumber with its own parser), written in E.164.
"""
import json
import sys

import phonenumbers


def verdict(spelling):
    try:
        number = phonenumbers.parse(spelling, "RU")
    except phonenumbers.NumberParseException:
        return {"valid": False, "e164": ""}
    if number.country_code != 7 or not phonenumbers.is_valid_number_for_region(number, "RU"):
        return {"valid": False, "e164": ""}
    return {"valid": True, "e164": phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)}


for line in open(sys.argv[1], encoding="utf-8"):
    print(json.dumps(verdict(line.rstrip("\n"))))
