#!/bin/sh
# Retakes the README's screenshots: the explorer in the dark and light themes and in meeting mode,
# each a PNG of a real xterm running under a virtual X server (Xvfb), captured with ImageMagick's
# `import`. Run it from anywhere: ./docs/screenshots.sh
#
# Needs (Debian packages; this script installs nothing): xvfb, xterm, x11-utils (xwininfo),
# imagemagick, xdotool, fonts-dejavu-core; and cargo to build lvf.
set -eu

cd "$(dirname "$0")/.."
out=docs

missing=""
for tool in Xvfb xterm xwininfo import convert xdotool cargo; do
    command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if ! fc-list 2>/dev/null | grep -q "DejaVu Sans Mono"; then
    missing="$missing DejaVu-Sans-Mono-font"
fi
if [ -n "$missing" ]; then
    echo "screenshots.sh: missing:$missing" >&2
    echo "  on Debian or Ubuntu: sudo apt-get install xvfb xterm x11-utils imagemagick xdotool fonts-dejavu-core" >&2
    exit 1
fi

cargo build --quiet
lvf="$(pwd)/target/debug/lvf"

# A display number nobody uses.
display=99
while [ -e "/tmp/.X11-unix/X$display" ] || [ -e "/tmp/.X$display-lock" ]; do
    display=$((display + 1))
done
Xvfb ":$display" -screen 0 1920x1200x24 -nolisten tcp >/dev/null 2>&1 &
xvfb=$!
work=$(mktemp -d)
trap 'kill "$xvfb" 2>/dev/null || true; rm -rf "$work"' EXIT INT TERM
export DISPLAY=":$display"
tries=0
until xwininfo -root >/dev/null 2>&1; do
    tries=$((tries + 1))
    [ "$tries" -lt 50 ] || { echo "screenshots.sh: Xvfb did not start" >&2; exit 1; }
    sleep 0.1
done

# shot NAME COLUMNSxROWS BACKGROUND FOREGROUND LVF-ARGUMENTS...
# Starts lvf in an xterm of that size and colours, waits for it to draw, presses the keys in
# $KEYS (if any), saves docs/NAME.png.
shot() {
    name=$1 geometry=$2 background=$3 foreground=$4
    shift 4
    rm -f "$work/window"
    xterm -geometry "$geometry+0+0" -fa "DejaVu Sans Mono" -fs 10 -bg "$background" \
        -fg "$foreground" -bc +sb -b 4 -title "lvf $name" \
        -xrm "XTerm*directColor: true" -xrm "XTerm*cursorColor: $background" \
        -xrm "XTerm*allowSendEvents: true" \
        -e sh -c 'echo "$WINDOWID" > "$0"; exec env TERM=xterm-256color "$@"' \
        "$work/window" "$lvf" "$@" &
    terminal=$!
    tries=0
    until [ -s "$work/window" ]; do
        tries=$((tries + 1))
        [ "$tries" -lt 100 ] || { echo "screenshots.sh: xterm did not start" >&2; exit 1; }
        sleep 0.1
    done
    # The explorer draws at once; give the terminal time to paint every cell.
    sleep 2
    if [ -n "${KEYS:-}" ]; then
        xdotool key --window "$(cat "$work/window")" $KEYS
        sleep 2
    fi
    import -silent -window "$(cat "$work/window")" -depth 8 "$work/$name.png"
    kill "$terminal" 2>/dev/null || true
    wait "$terminal" 2>/dev/null || true
    # A palette of at most 64 colours keeps each picture small without visible loss.
    convert "$work/$name.png" -colors 64 -define png:compression-level=9 "PNG8:$out/$name.png"
    echo "$out/$name.png: $(($(wc -c <"$out/$name.png") / 1024)) KB"
}

unset NO_COLOR LVF_THEME LVF_PRICING 2>/dev/null || true

shot explorer-dark 160x45 black "#d0d0d0" --theme dark --preset serverless-api --rate 50/s
shot explorer-light 160x45 white black --theme light --preset serverless-api --rate 50/s
shot meeting-mode 120x40 black "#d0d0d0" --theme dark --meeting --preset serverless-api
KEYS=v shot verdict-map 160x45 black "#d0d0d0" --theme dark --preset serverless-api --rate 50/s
