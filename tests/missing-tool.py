#!/usr/bin/env python3
"""Registered instead of a validator meson could not find: fails, naming
the Debian package to install, so a missing tool never looks like a pass.

    missing-tool.py TOOL PACKAGE
"""
import sys

print('FAIL: %s is not installed (Debian package: %s); this check did not run'
      % (sys.argv[1], sys.argv[2]))
sys.exit(1)
