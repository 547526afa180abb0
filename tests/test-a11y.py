#!/usr/bin/env python3
"""Walks Samenspel's accessibility tree as a screen reader reads it.

usage: test-a11y.py A11Y_APP LOCALEDIR LANG [--gtk=VERSION] [--dump]

Starts a private D-Bus session with its own AT-SPI bus (at-spi2-core's bus
launcher), runs the real application on it (tests/a11y-app.c, in LANG, the
main window at 1366x768), and opens every page, popover, dialog and window
in turn, the way a keyboard user would: window actions over D-Bus for what
has a shortcut, AT-SPI's own "click" for buttons.  After each step it walks
everything showing, through pyatspi, and fails on any control a person
works with (button, toggle, text field, combo box, check box, spin button,
tab, menu item ...) whose name is empty, a class name, carries a mnemonic
underscore or says the same text twice.  Every such control must also be
focusable, so Tab reaches it: nothing may need the pointer.  With GTK
4.10 or newer (--gtk=VERSION, the GTK the app was built with) the canvas
has the rungs and chips it draws as accessible children: every chip must
be there, named with a stakeholder's whole name, on both sides.

Nothing here sleeps for a fixed time: every step polls for the state it
needs until a generous deadline.
"""

import glob
import json
import os
import re
import subprocess
import sys
import tempfile
import time

DEADLINE = 60.0  # seconds; only keeps a broken run from hanging

APP_ID = "io.github.samenspel.Samenspel"
APP_PATH = "/io/github/samenspel/Samenspel"


def say(*args):
    print(*args, flush=True)


class Stuck(Exception):
    """A step of the walk could not be taken."""


def wait_for(what, cond, deadline=DEADLINE):
    """Polls cond() until it returns something true; fails after deadline."""
    end = time.monotonic() + deadline
    while True:
        try:
            value = cond()
        except Exception as e:  # the tree changes under us while we look
            value = None
            last = e
        if value:
            return value
        if time.monotonic() > end:
            raise Stuck(f"timed out waiting for {what}")
        time.sleep(0.05)


# ---------------------------------------------------------------------------
# A private session bus with an accessibility bus on it, set up before
# pyatspi is imported (it reads DBUS_SESSION_BUS_ADDRESS once).
# ---------------------------------------------------------------------------

# A session bus of our own that activates nothing (no desktop portal: the
# app must not wait on one), and the accessibility bus on it.
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir={dir}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""


def spawn(argv, log, **kw):
    """A helper in a process group of its own (so it and whatever it starts
    can be ended together), its output in @log, never in the test's own
    output: meson waits for that to close."""
    return subprocess.Popen(argv, stdout=log, stderr=subprocess.STDOUT,
                            stdin=subprocess.DEVNULL, start_new_session=True, **kw)


def stop(proc):
    try:
        os.killpg(proc.pid, 15)
    except ProcessLookupError:
        return
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, 9)
        proc.wait()


def hold_display():
    """Opens a connection to the X server and keeps it for the whole walk.

    xvfb-run starts Xvfb without -noreset, so the server resets whenever
    its last client leaves, and a client connecting during the reset gets
    "cannot open display".  at-spi-bus-launcher connects and leaves at
    once, and the app, started just after, sometimes could not open the
    display (so did the first app of a walk started as the previous walk's
    clients left).  With this connection open the server never resets
    under the walk; it waits for the server to take it."""
    import ctypes
    if not os.environ.get("DISPLAY"):
        return None
    x11 = ctypes.CDLL("libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    return wait_for("the X server to take a connection", lambda: x11.XOpenDisplay(None))


def start_buses(tmp, log):
    config = os.path.join(tmp, "bus.conf")
    with open(config, "w") as f:
        f.write(BUS_CONFIG.format(dir=tmp))
    daemon = subprocess.Popen(
        ["dbus-daemon", f"--config-file={config}", "--nofork", "--print-address=1"],
        stdout=subprocess.PIPE, stderr=log, stdin=subprocess.DEVNULL,
        start_new_session=True, text=True)
    address = daemon.stdout.readline().strip()
    if not address:
        sys.exit("FAIL: dbus-daemon gave no address (Debian: dbus)")
    os.environ["DBUS_SESSION_BUS_ADDRESS"] = address
    launcher_path = None
    for p in ("/usr/libexec/at-spi-bus-launcher",
              "/usr/lib/at-spi2-core/at-spi-bus-launcher"):
        if os.access(p, os.X_OK):
            launcher_path = p
    if launcher_path is None:
        sys.exit("FAIL: no at-spi-bus-launcher (Debian: at-spi2-core)")
    # The accessibility bus's socket in a directory of this walk's own: by
    # default it is ~/.cache/at-spi/bus_<display>, shared by every walk of
    # the same user on a display of that number (other builds, a Debian 13
    # root's), and a launcher of another walk that ends removes it, so
    # pyatspi could not connect ("Couldn't connect to accessibility bus",
    # a fatal error that left this walk's app behind on the display).
    runtime = os.path.join(tmp, "runtime")
    os.mkdir(runtime, 0o700)
    launcher = spawn([launcher_path, "--launch-immediately"], log,
                     env=dict(os.environ, XDG_RUNTIME_DIR=runtime))
    return [daemon, launcher]


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    app_exe, localedir, lang = sys.argv[1:4]
    dump = "--dump" in sys.argv[4:]
    gtk = next((tuple(int(n) for n in a[len("--gtk="):].split(".")[:2])
                for a in sys.argv[4:] if a.startswith("--gtk=")), (4, 8))

    # libatspi's own warnings ("AT-SPI: Error in GetItems") are not the
    # app's: the test environment's fatal-warnings is for the app alone.
    os.environ.pop("G_DEBUG", None)
    tmp = tempfile.TemporaryDirectory(prefix="samenspel-a11y-")
    log = open(os.path.join(tmp.name, "log"), "w+")
    display = hold_display()  # noqa: F841 (held, never used)
    helpers = start_buses(tmp.name, log)
    app = None
    walker = None
    status = 1
    try:
        import gi
        gi.require_version("Atspi", "2.0")
        gi.require_version("Gdk", "4.0")
        from gi.repository import Gio, GLib
        try:
            import pyatspi
        except ImportError:
            sys.exit("FAIL: no pyatspi (Debian: python3-pyatspi)")

        bus = Gio.bus_get_sync(Gio.BusType.SESSION, None)
        wait_for("the accessibility bus", lambda: bus.call_sync(
            "org.freedesktop.DBus", "/org/freedesktop/DBus", "org.freedesktop.DBus",
            "NameHasOwner", GLib.Variant("(s)", ("org.a11y.Bus",)),
            None, Gio.DBusCallFlags.NONE, -1, None).unpack()[0])

        env = dict(os.environ)
        for k in ("NO_AT_BRIDGE", "GTK_A11Y"):
            env.pop(k, None)
        env["LANGUAGE"] = lang
        env["SAM_TEST_LOCALEDIR"] = localedir
        env["SAM_TEST_WINDOW_SIZE"] = os.environ.get("SAM_A11Y_WINDOW_SIZE", "1366x768")
        # Its own configuration and data: no drafts from other runs.
        for d in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
            env[d] = os.path.join(tmp.name, d.lower())
        env["GTK_USE_PORTAL"] = "0"
        # Criticals stay fatal; warnings do not, because GTK 4.8's own
        # GtkShortcutsWindow warns about one of its labels (see
        # test-editor-window.c).
        env["G_DEBUG"] = "fatal-criticals"
        # Started in a folder of its own, which the file choosers open in
        # (their path bars name its folders: see Walker.check).
        workdir = os.path.join(tmp.name, "projects")
        os.mkdir(workdir)
        app_exe = os.path.abspath(app_exe)
        app = spawn([app_exe], log, env=env, cwd=workdir)

        walker = Walker(pyatspi, bus, app, lang, dump, gtk)
        # For the new walks: a folder for files, the app's drafts, and
        # starting the app again (the draft-recovery walk).
        walker.tmp = tmp.name
        walker.folder_names = set(workdir.split(os.sep)) - {""}
        walker.data_home = env["XDG_DATA_HOME"]
        walker.respawn = lambda: spawn([app_exe], log, env=env, cwd=workdir)
        try:
            walker.run()
        except Stuck as e:
            walker.failures.append(f"[{lang}] {e}")
            walker.screenshot("stuck")
            say(f"# stuck with the focus on: {walker.focused()}")
        failures = walker.failures
        say(f"# {len(walker.seen)} distinct controls checked in {lang}")
        if failures:
            for f in failures:
                say("FAIL:", f)
            say(f"FAIL: {len(failures)} problems")
        else:
            say("PASS")
            status = 0
        return status
    finally:
        if app is not None:
            stop(app)
        if walker is not None and walker.proc is not app:
            stop(walker.proc)
        for h in reversed(helpers):
            stop(h)
        if status != 0:
            log.seek(0)
            sys.stderr.write(log.read())
        log.close()
        tmp.cleanup()


# Roles a person works with: each must have a name worth hearing.
def control_roles(pyatspi):
    return {
        pyatspi.ROLE_PUSH_BUTTON, pyatspi.ROLE_TOGGLE_BUTTON, pyatspi.ROLE_TEXT,
        pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_COMBO_BOX,
        pyatspi.ROLE_CHECK_BOX, pyatspi.ROLE_RADIO_BUTTON, pyatspi.ROLE_SPIN_BUTTON,
        pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_CHECK_MENU_ITEM,
        pyatspi.ROLE_RADIO_MENU_ITEM, pyatspi.ROLE_SLIDER, pyatspi.ROLE_TOGGLE_BUTTON,
        pyatspi.ROLE_LIST_ITEM if False else pyatspi.ROLE_PUSH_BUTTON,
    }


CLASS_NAME = re.compile(r"^(Gtk|Gdk|Sam|Adw)[A-Z][A-Za-z]*$")
MNEMONIC = re.compile(r"_\w")


def bad_name(name):
    """Why a control's name is no use to a listener, or None."""
    name = (name or "").strip()
    if not name:
        return "no name"
    if CLASS_NAME.match(name) or re.search(r"\bGtk[A-Z]\w+", name):
        return "a class name"
    if MNEMONIC.search(name):
        return "a mnemonic underscore"
    # "Copies Copies:" is the same text twice too.
    words = [w.rstrip(":") for w in name.split()]
    half = len(words) // 2
    if len(words) >= 2 and len(words) % 2 == 0 and words[:half] == words[half:]:
        return "the same text twice"
    return None


class Walker:
    def __init__(self, pyatspi, bus, proc, lang, dump, gtk):
        self.pyatspi = pyatspi
        self.gtk = gtk
        self.bus = bus
        self.proc = proc
        self.lang = lang
        self.dump = dump
        self.dump_all = os.environ.get("SAM_A11Y_DUMP_ALL") is not None
        self.roles = control_roles(pyatspi)
        self.failures = []
        self.checked = 0
        self.seen = set()
        self.folder_names = set()  # folders a file chooser may show (main() sets them)
        self.app = None

    # -- finding things ----------------------------------------------------

    def find_app(self):
        if self.proc.poll() is not None:
            sys.exit(f"FAIL: the application exited with status {self.proc.returncode}")
        desktop = self.pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            a = desktop.getChildAtIndex(i)
            if a is not None and a.get_process_id() == self.proc.pid:
                return a
        return None

    def windows(self):
        return [self.app.getChildAtIndex(i) for i in range(self.app.childCount)]

    def showing(self, acc):
        # GTK 4.8 sets VISIBLE, never SHOWING.
        states = acc.getState()
        return (states.contains(self.pyatspi.STATE_SHOWING)
                or states.contains(self.pyatspi.STATE_VISIBLE))

    def window_named(self, pred):
        def find():
            for w in self.windows():
                if w is not None and self.showing(w) and pred(w):
                    return w
            return None
        return find

    def descendants(self, acc, depth=0):
        yield acc, depth
        try:
            n = acc.childCount
        except Exception:
            return
        for i in range(n):
            child = acc.getChildAtIndex(i)
            if child is None:
                continue
            yield from self.descendants(child, depth + 1)

    def find(self, root, role, name=None, pred=None):
        for acc, _ in self.descendants(root):
            if acc.getRole() != role:
                continue
            if name is not None and acc.name != name:
                continue
            if not self.showing(acc):
                continue
            if pred is not None and not pred(acc):
                continue
            return acc
        return None

    # -- checking ----------------------------------------------------------

    def focusable(self, acc):
        """Tab reaches @acc: it takes the focus itself or, like a drop-down
        in GTK 4.8, through the button inside it."""
        if acc.getState().contains(self.pyatspi.STATE_FOCUSABLE):
            return True
        if acc.getRole() in (self.pyatspi.ROLE_COMBO_BOX, self.pyatspi.ROLE_PUSH_BUTTON):
            return any(c.getState().contains(self.pyatspi.STATE_FOCUSABLE)
                       for c, _ in self.descendants(acc) if c is not acc)
        # A tab of a GtkNotebook (GTK's print dialog): GTK 4.8 never makes
        # the tab itself focusable; Tab reaches the notebook, which holds
        # the tab list in its header box, and the arrow keys move from tab
        # to tab.
        if acc.getRole() == self.pyatspi.ROLE_PAGE_TAB:
            tabs = acc.parent
            if tabs is None or tabs.getRole() != self.pyatspi.ROLE_PAGE_TAB_LIST:
                return False
            header = tabs.parent
            notebook = header.parent if header is not None else None
            return notebook is not None and notebook.getState().contains(self.pyatspi.STATE_FOCUSABLE)
        return False

    def check(self, root, where):
        """Checks every control showing under @root; each control counts
        (and fails) once, however many steps it is seen in."""
        p = self.pyatspi
        n = 0
        for acc, depth in self.descendants(root):
            role = acc.getRole()
            if self.dump_all:
                say("  " * depth + f"{acc.getRoleName()} {acc.name!r}")
            if role not in self.roles or not self.showing(acc):
                continue
            n += 1
            if acc in self.seen:
                continue
            self.seen.add(acc)
            name = acc.name
            states = acc.getState()
            why = bad_name(name)
            if why == "a mnemonic underscore" and name in self.folder_names:
                # A file chooser's path bar: a folder is called what it is
                # called, underscores and all ("samenspel-a11y-h1neg_0l").
                why = None
            if why is None and states.contains(p.STATE_SENSITIVE) and not self.focusable(acc):
                why = "not focusable, so Tab never reaches it"
            if self.dump:
                say(f"#   {acc.getRoleName()} {name!r}" + (f": {why}" if why else ""))
            if why is not None:
                self.failures.append(f"[{self.lang}] {where}: {acc.getRoleName()} {name!r}: {why}"
                                     f" (at {self.path(acc)})")
        self.checked += n
        say(f"# {where}: {n} controls showing")
        return n

    # The canvas: named after the whole ladder, or after the rung that has
    # the keyboard focus ("Organisation (producer), rung 2 of 4: ...").
    CANVAS_NAME = re.compile(r"^(Participation ladder|Participatieladder)$"
                             r"|, (rung|trede) \d (of|van) \d: ")

    def canvas(self, main):
        return self.find(main, self.pyatspi.ROLE_PUSH_BUTTON,
                         pred=lambda a: self.CANVAS_NAME.search(a.name or ""))

    # A row of the Stakeholders page's list: "Name\nCategory · Willingness
    # · Side · role 1 → 3" (the rungs now and wanted, when set).
    ROW_RUNG = re.compile(r"\b(role|rol) (\d) \u2192")
    RUNG_NUMBER = re.compile(r", (rung|trede) (\d) (of|van) \d: ")

    def listed_stakeholders(self, main, canvas):
        """The rows of the Stakeholders page's list that are in the tree (a
        list view has rows only for what is scrolled into view): each
        stakeholder's name, and its side (0 producer, 1 consumer) and the
        rung it stands on now (0: none)."""
        p = self.pyatspi
        rows = {}
        for acc, _ in self.descendants(main):
            if acc.getRole() != p.ROLE_LIST_ITEM or not self.showing(acc) or self.under(acc, canvas):
                continue
            for label, _ in self.descendants(acc):
                text = (label.name or "") if label.getRole() == p.ROLE_LABEL else ""
                if "\n" in text:
                    name, detail = text.split("\n", 1)
                    m = self.ROW_RUNG.search(detail)
                    side = 0 if {"Producer", "Producent"} & set(detail.split(" \u00b7 ")) else 1
                    rows[name.strip()] = (side, int(m.group(2)) if m else 0)
                    break
        return rows

    def under(self, acc, ancestor):
        a = acc
        for _ in range(60):
            if a is None:
                return False
            if a == ancestor:
                return True
            a = a.parent
        return False

    def check_canvas(self, main, listed):
        """GTK 4.10+: the canvas's accessible children are its rungs, in
        visual order (producer 1..4, consumer 4..1), each a list named like
        the rung, whose items are the chips drawn on it: a stakeholder's
        whole name, or a "+N" summary.  A chip is a list item, not a
        control: it is not worked from the keyboard (a stakeholder's rungs
        are set on its card), so it need not be focusable, but it must
        have a name worth hearing.  Every stakeholder the Stakeholders page
        lists as standing on a rung now must be a chip on that rung (or
        counted in its "+N")."""
        p = self.pyatspi
        where = "the ladder canvas"

        def read():
            # The canvas makes its children anew when what they say
            # changes (the selected stakeholder's chip goes first): read
            # them whole, again if they changed under the reading.
            canvas = self.canvas(main)
            rungs = []
            for i in range(canvas.childCount):
                r = canvas.getChildAtIndex(i)
                if r.getRole() == p.ROLE_LIST:
                    chips = [r.getChildAtIndex(j) for j in range(r.childCount)]
                    rungs.append((r.name, [(c.getRole(), c.getRoleName(), c.name) for c in chips]))
            return rungs
        try:
            rungs = wait_for("the canvas's rungs as accessible lists", read)
        except Stuck as e:
            self.failures.append(f"[{self.lang}] {where}: {e}")
            return
        if len(rungs) != 8:
            self.failures.append(f"[{self.lang}] {where}: {len(rungs)} rungs as accessible lists, not 8")
            return
        summary = re.compile(r"^\d+ more stakeholders?$|^nog \d+ stakeholders?$")
        per_side = [0, 0]
        chips = {}   # name -> (side, rung) it is a chip on
        summarised = set()   # (side, rung) with a "+N"
        for i, (rung_name, rung_chips) in enumerate(rungs):
            why = bad_name(rung_name)
            m = self.RUNG_NUMBER.search(rung_name or "")
            if why is None and m is None:
                why = "does not say which rung it is"
            if why is not None:
                self.failures.append(f"[{self.lang}] {where}: rung {i + 1} {rung_name!r}: {why}")
                continue
            place = (0 if i < 4 else 1, int(m.group(2)))
            for role, role_name, name in rung_chips:
                if self.dump:
                    say(f"#   chip on rung {i + 1}: {role_name} {name!r}")
                why = bad_name(name)
                if why is None and role != p.ROLE_LIST_ITEM:
                    why = f"a {role_name}, not a list item"
                if why is not None:
                    self.failures.append(f"[{self.lang}] {where}: chip {name!r} on {rung_name!r}: {why}")
                    continue
                if summary.match(name):
                    summarised.add(place)
                else:
                    chips.setdefault(name, set()).add(place)
                per_side[0 if i < 4 else 1] += 1
        placed = {name: place for name, place in listed.items() if place[1] > 0}
        if not placed:
            self.failures.append(f"[{self.lang}] {where}: the Stakeholders page lists no one on a rung to compare")
        for name, place in placed.items():
            if place not in chips.get(name, ()) and place not in summarised:
                side = ("producer", "consumer")[place[0]]
                self.failures.append(f"[{self.lang}] {where}: {name!r} stands on {side} rung {place[1]}"
                                     f" but is no chip there (chips: {chips})")
        # The example project has stakeholders standing on both sides.
        for side, n in zip(("producer", "consumer"), per_side):
            if n == 0:
                self.failures.append(f"[{self.lang}] {where}: no chips on the {side} side")
        say(f"# {where}: {sum(per_side)} chips ({per_side[0]} producer, {per_side[1]} consumer),"
            f" {len(placed)} listed stakeholders found on their rungs")

    def path(self, acc):
        parts = []
        a = acc
        for _ in range(40):
            p = a.parent
            if p is None or a.getRole() == self.pyatspi.ROLE_APPLICATION:
                break
            parts.append(a.getRoleName().replace(" ", "-"))
            a = p
        return "/".join(reversed(parts[:6]))

    # -- driving -----------------------------------------------------------

    def activate(self, action, param=None, window=True):
        path = APP_PATH + ("/window/1" if window else "")
        from gi.repository import GLib, Gio
        params = GLib.Variant("(sava{sv})", (action, [param] if param is not None else [], {}))
        self.bus.call_sync(APP_ID, path, "org.gtk.Actions", "Activate", params,
                           None, Gio.DBusCallFlags.NONE, -1, None)

    def focus_window(self, win):
        """Puts the pointer over @win: without a window manager the X
        server gives the keyboard to the window under the pointer, as long
        as the input focus is PointerRoot.  GTK gives a popover or a new
        window the focus itself; once that is unmapped the focus may be
        left on no window at all (the main window was then not active, and
        Ctrl+E for Export Ladder was lost, once in about ten Dutch walks),
        so the focus is set back to PointerRoot first."""
        x11, display = self.x11()
        x11.XSetInputFocus(display, 1, 1, 0)  # PointerRoot, RevertToPointerRoot, CurrentTime
        x11.XSync(display, 0)
        ext = win.queryComponent().getExtents(self.pyatspi.DESKTOP_COORDS)
        self.pyatspi.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + 10,
                                                 self.pyatspi.MOUSE_ABS)

    MODIFIERS = {"Alt": "Alt_L", "Control": "Control_L", "Shift": "Shift_L"}

    def x11(self):
        """libX11 and the walker's own connection to the X server."""
        import ctypes
        if not hasattr(self, "_x11"):
            x11 = ctypes.CDLL("libX11.so.6")
            x11.XOpenDisplay.restype = ctypes.c_void_p
            x11.XKeysymToKeycode.argtypes = [ctypes.c_void_p, ctypes.c_ulong]
            x11.XSetInputFocus.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_ulong]
            x11.XSync.argtypes = [ctypes.c_void_p, ctypes.c_int]
            self._x11 = (x11, x11.XOpenDisplay(None))
        return self._x11

    def keycode(self, keysym):
        x11, display = self.x11()
        return x11.XKeysymToKeycode(display, keysym)

    def keys(self, accel):
        """Presses @accel ("<Control>b", "F5", "Escape") with real key
        events, through the accessibility registry and XTest."""
        from gi.repository import Gdk
        p = self.pyatspi
        mods = [self.keycode(Gdk.keyval_from_name(self.MODIFIERS[m]))
                for m in re.findall(r"<(\w+)>", accel)]
        keysym = Gdk.keyval_from_name(re.sub(r"<\w+>", "", accel))
        for m in mods:
            p.Registry.generateKeyboardEvent(m, None, p.KEY_PRESS)
        p.Registry.generateKeyboardEvent(self.keycode(keysym), None, p.KEY_PRESSRELEASE)
        for m in reversed(mods):
            p.Registry.generateKeyboardEvent(m, None, p.KEY_RELEASE)

    def click(self, acc):
        """AT-SPI's own activation, what a screen reader's "press" does; a
        menu button answers through the toggle button inside it."""
        for a, _ in self.descendants(acc):
            try:
                action = a.queryAction()
            except NotImplementedError:
                continue
            if action.nActions > 0:
                action.doAction(0)
                return
        sys.exit(f"FAIL: {acc.getRoleName()} {acc.name!r} cannot be activated")

    def role_name(self, root, role, name):
        return self.find(root, role, name)

    def wait_control(self, what, root_fn, role, pred):
        """Waits for a showing control of @role under root_fn() matching @pred."""
        def look():
            root = root_fn()
            return root and self.find(root, role, pred=pred)
        return wait_for(what, look)

    def run(self):
        from gi.repository import GLib
        p = self.pyatspi
        self.app = wait_for("Samenspel on the accessibility bus", self.find_app)
        frame = lambda: self.window_named(lambda w: w.getRole() == p.ROLE_FRAME)()
        main = wait_for("the main window", frame)
        # The vision page is the first one: wait until its answers are there.
        wait_for("the vision page", lambda: self.find(main, p.ROLE_TEXT))
        self.check(main, "main window, Vision")

        # The other pages, by their shortcuts (Alt+2, Alt+3).
        self.focus_window(main)
        self.keys("<Alt>2")
        search = wait_for("the stakeholder page", lambda: self.find(
            main, p.ROLE_PUSH_BUTTON, pred=lambda a: a.description and "stakeholder" in a.description.lower()))
        # A new stakeholder is selected at once: its card shows every field.
        add = self.find(main, p.ROLE_PUSH_BUTTON,
                        pred=lambda a: a.description in ("Add a stakeholder", "Een stakeholder toevoegen"))
        if add is not None:
            self.click(add)
        self.check(main, "main window, Stakeholders")
        if self.gtk >= (4, 10):
            listed = wait_for("the Stakeholders page's list", lambda: self.listed_stakeholders(
                main, self.canvas(main)))
            self.check_canvas(main, listed)
        self.screenshot("stakeholders")

        self.keys("<Alt>3")
        self.keys("<Control>b")
        self.check(main, "main window, Parking Lot")

        # Popovers: the primary menu (F10) and the parking lot's review.
        self.keys("F10")
        menu = wait_for("the primary menu", lambda: self.find(main, p.ROLE_MENU_ITEM))
        self.check(main, "primary menu")
        self.keys("Escape")
        wait_for("the primary menu to close", lambda: not self.find(main, p.ROLE_MENU_ITEM))

        # Dialogs and windows, each by its shortcut, closed with its own
        # button (or Escape) before the next one opens.
        self.dialog("<Control>e", "Export Ladder")
        self.dialog("<Control>F1", "Keyboard Shortcuts")
        self.dialog(lambda: self.activate("about", window=False), "About")
        # GTK's own file chooser, in both of its modes: saving (a name
        # field, Create Folder) and opening.
        self.dialog("<Control><Shift>s", "Save As (file chooser)")
        self.dialog("<Control>o", "Open (file chooser)")

        # The document has unsaved changes: closing asks first.
        self.dialog("<Control>w", "Save changes?")

        # Dialogs that need a file, a printer or a second start.
        self.merge_review(main)
        self.print_dialog()
        # The parking lot's review popover, last of all on this run of the
        # app (draft recovery stops it): after it closed, the next shortcut
        # (Ctrl+E, or Ctrl+F1 when that came first) was sometimes lost:
        # 1 in about 10 Dutch walks, and 2 to 3 in 4 with a text field's
        # context menu opened before it.  Not with real keys and clicks
        # (xdotool), in English and Dutch; the keyboard was not grabbed and
        # no popup window was mapped then.  Not understood (stop 17's
        # closing note); here nothing follows it.
        self.focus_window(main)
        self.keys("<Alt>3")
        review = wait_for("the Parking Lot page's Before We Close button", lambda: self.find(
            main, p.ROLE_PUSH_BUTTON,
            pred=lambda a: a.name.replace("_", "").startswith(("Before We Close", "Voor we afsluiten"))))
        self.click(review)
        wait_for("the review popover", lambda: self.find(review, p.ROLE_LIST))
        self.check(main, "Before We Close")
        self.keys("Escape")

        # Closed when its button is no longer expanded.
        def collapsed():
            review.clear_cache()
            return not review.getState().contains(p.STATE_EXPANDED)
        wait_for("the review popover to close", collapsed)
        main = self.draft_recovery()

        # GTK's own context menu of a text field (Shift+F10, as the Menu
        # key): Cut, Copy, Paste, Select All, Insert Emoji.  On the app as
        # started again, on its Vision page: walked before the parking
        # lot's review popover (which the walk opens through AT-SPI), it
        # made the Dutch walk lose its next shortcut (Ctrl+E), every time;
        # with real keys and clicks (xdotool) the same steps did not.
        self.focus_window(main)
        self.keys("<Alt>1")
        wait_for("the vision page", lambda: self.find(main, p.ROLE_TEXT))
        answer = self.find(main, p.ROLE_TEXT)
        self.focus_window(main)
        # (GTK does not take AT-SPI's grabFocus: a click puts the cursor
        # there, as a sighted user would.  The window is at 0,0 without a
        # window manager, so its coordinates are the screen's.)
        ext = answer.queryComponent().getExtents(p.WINDOW_COORDS)
        p.Registry.generateMouseEvent(ext.x + ext.width // 2, ext.y + ext.height // 2, "b1c")

        def answer_focused():
            answer.clear_cache()
            return answer.getState().contains(p.STATE_FOCUSED)
        wait_for("the first answer to take the focus", answer_focused)
        self.keys("<Shift>F10")
        wait_for("the answer's context menu", lambda: self.find(main, p.ROLE_MENU_ITEM))
        self.check(main, "context menu of an answer")
        self.keys("Escape")
        wait_for("the context menu to close", lambda: not self.find(main, p.ROLE_MENU_ITEM))

        # Last, the presentation (F5): on one screen it opens on the slide,
        # and the presenter view is a page of the same window, one key (P)
        # away.  (GTK 4.8 lists a stack's hidden pages as visible, so the
        # presenter view's buttons could be found there without the key;
        # GTK 4.18 leaves them out of the tree until the page is shown.)
        # (It is not ended here: under Xvfb without a window manager
        # neither Esc nor AT-SPI's click on Stop Presenting was seen to end
        # it; the presentation tests cover both.)
        self.focus_window(main)
        self.keys("F5")
        present = wait_for("the presentation window", self.new_window(main))
        self.focus_window(present)
        self.keys("p")
        wait_for("the presenter view", lambda: self.find(present, p.ROLE_PUSH_BUTTON))
        self.check(present, "presentation window, presenter view")

    # -- the walks of the merge, print and draft-recovery dialogs ----------

    def drafts(self):
        """The project files of the autosave drafts on disk (sam-drafts.c:
        <id>.samenspel, offered only once <id>.draft is written too)."""
        d = os.path.join(self.data_home, "samenspel", "drafts")
        return [k[:-len(".draft")] + ".samenspel" for k in glob.glob(os.path.join(d, "*.draft"))]

    def draft_json(self, pred=lambda j: True):
        for path in self.drafts():
            try:
                with open(path) as f:
                    j = json.load(f)
            except (OSError, ValueError):  # being replaced right now
                continue
            if pred(j):
                return j
        return None

    def merge_review(self, main):
        """File ▸ Merge Changes From… (win.merge): GTK's own file chooser
        (GTK_USE_PORTAL=0: GtkFileChooserDialog in the app), then the review
        of a returned copy in which both sides changed the same vision
        answer, so it asks which version to keep (docs/merging.md)."""
        p = self.pyatspi
        # Their copy: the project as the app holds it, taken from its
        # autosave draft (the same project id and merge history, as a copy
        # sent by email and returned would have), their answer rewritten.
        theirs = wait_for("an autosave draft of the edited project", self.draft_json)
        key = "client-wants"
        old = theirs["vision"][key]
        theirs["vision"][key] = "Their answer: schools choose a theme with us."
        folder = os.path.join(self.tmp, "returned")
        os.makedirs(folder, exist_ok=True)
        copy = os.path.join(folder, "returned-copy.samenspel")
        with open(copy, "w") as f:
            json.dump(theirs, f, ensure_ascii=False, indent=2)

        # Our side: the same answer, rewritten in the app through AT-SPI.
        self.focus_window(main)
        self.keys("<Alt>1")
        text = wait_for("the first vision answer", lambda: self.find(
            main, p.ROLE_TEXT, pred=lambda a: a.queryText().getText(0, -1) == old))
        ours = "Our answer: a theme per school year."
        text.queryEditableText().setTextContents(ours)
        # The project has it once the next draft does.
        wait_for("the app's own answer in its draft", lambda: self.draft_json(
            lambda j: j["vision"].get(key) == ours), deadline=2 * DEADLINE)

        before = self.showing_windows()
        self.activate("merge")
        chooser = wait_for("the Merge Changes From file chooser", self.new_window(*before))
        wait_for("the controls of the file chooser",
                 lambda: self.find(chooser, p.ROLE_PUSH_BUTTON))
        self.check(chooser, "Merge Changes From (file chooser)")
        # Ctrl+L: the location field, where the path is typed.
        self.focus_window(chooser)
        self.keys("<Control>l")
        location = wait_for("the file chooser's location field", lambda: self.find(
            chooser, p.ROLE_TEXT, pred=lambda a: a.getState().contains(p.STATE_FOCUSED)))
        self.check(chooser, "Merge Changes From (file chooser), location")
        location.queryEditableText().setTextContents(copy)
        self.keys("Return")
        wait_for("the file chooser to close", lambda: self.gone(chooser))

        review = wait_for("the Merge Changes review", self.new_window(*before))
        wait_for("the review's choice between the two versions", lambda: self.find(
            review, p.ROLE_RADIO_BUTTON) or self.find(review, p.ROLE_CHECK_BOX))
        self.check(review, "Merge Changes (review)")
        self.close_window(review, "Merge Changes (review)", before)

    def print_dialog(self):
        """File ▸ Print… (Ctrl+P): GTK's own print dialog, with the
        printers this machine has (at least Print to File)."""
        self.dialog("<Control>p", "Print")

    def draft_recovery(self):
        """Recover Unsaved Work: the app is stopped with its draft on disk,
        as a crash leaves it, and started again; it offers the draft at
        once.  Restored, the draft is the main window for what follows.
        Returns the new main window."""
        p = self.pyatspi
        wait_for("an autosave draft", self.drafts)
        stop(self.proc)
        self.proc = self.respawn()
        self.app = wait_for("Samenspel, started again, on the accessibility bus", self.find_app)
        restore_names = ("Restore", "Herstellen")

        def recovery():
            for w in self.showing_windows():
                if self.find(w, p.ROLE_PUSH_BUTTON, pred=lambda a: a.name.replace("_", "").startswith(restore_names)):
                    return w
            return None
        dialog = wait_for("the Recover Unsaved Work dialog", recovery)
        wait_for("the drafts offered", lambda: self.find(dialog, p.ROLE_CHECK_BOX))
        self.check(dialog, "Recover Unsaved Work")
        restore = self.find(dialog, p.ROLE_PUSH_BUTTON,
                            pred=lambda a: a.name.replace("_", "").startswith(restore_names))
        self.click(restore)
        wait_for("Recover Unsaved Work to close", lambda: self.gone(dialog))
        return wait_for("the main window with the restored draft", lambda: self.window_named(
            lambda w: w.getRole() == p.ROLE_FRAME and w is not dialog and not self.gone(w))())

    def screenshot(self, name):
        """With SAM_SCREENSHOT_DIR set, the screen as it is now, cropped to
        the main window (at 0,0 without a window manager)."""
        d = os.environ.get("SAM_SCREENSHOT_DIR")
        if not d:
            return
        size = os.environ.get("SAM_A11Y_WINDOW_SIZE", "1366x768")
        path = os.path.join(d, f"{name}-{size}-{self.lang}.png")
        subprocess.run(["import", "-window", "root", "-crop", f"{size}+0+0", path], check=True)
        say(f"# screenshot: {path}")

    def focused(self):
        """Where the keyboard focus is, for a walk that got stuck."""
        p = self.pyatspi
        for w in self.showing_windows():
            for a, _ in self.descendants(w):
                if a.getState().contains(p.STATE_FOCUSED):
                    return f"{a.getRoleName()} {a.name!r} at {self.path(a)} in {w.name!r}"
        return "nothing"

    def gone(self, win):
        """GTK 4.8 does not tell the bus that a window went away: ask the
        window itself, past libatspi's cache."""
        try:
            win.clear_cache()
            return not self.showing(win)
        except Exception:
            return True

    def showing_windows(self):
        return {w for w in self.windows() if w is not None and self.showing(w)}

    def new_window(self, *old):
        def look():
            new = self.showing_windows() - set(old)
            return next(iter(new), None)
        return look

    def dialog(self, accel, what):
        """Opens a dialog with @accel, checks it, closes it."""
        main = next(iter(self.showing_windows()))
        before = self.showing_windows()
        if callable(accel):
            accel()
        else:
            self.focus_window(main)
            self.keys(accel)
        win = wait_for(what, self.new_window(*before))
        # Its controls are there once it has a button.
        wait_for(f"the controls of {what}", lambda: self.find(win, self.pyatspi.ROLE_PUSH_BUTTON))
        self.check(win, what)
        self.close_window(win, what, before)

    def close_window(self, win, what, before):
        """Closes a dialog with its own Close/Cancel button, as a keyboard
        user would press it, and waits until it is gone."""
        p = self.pyatspi
        names = ("Close", "Cancel", "Sluiten", "Annuleren")
        button = self.find(win, p.ROLE_PUSH_BUTTON,
                           pred=lambda a: a.name.replace("_", "").startswith(names))
        if button is not None:
            self.click(button)
        else:
            self.focus_window(win)
            self.keys("Escape")
        wait_for(f"{what} to close", lambda: self.showing_windows() <= before)


if __name__ == "__main__":
    sys.exit(main())
