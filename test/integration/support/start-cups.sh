#!/usr/bin/env bash
# Makes a CUPS scheduler run on this machine with the cups-pdf queues the print integration
# tests use: InvoicerTestPDF prints, InvoicerTestStopped takes jobs and holds them (a
# printer that is switched off). Idempotent: a running scheduler and existing queues are
# kept. CI calls it before the tests (test/integration/support/cups.ts calls it too).
#
# Needs the Debian packages cups-daemon, cups-client, cups-ipp-utils,
# printer-driver-cups-pdf and poppler-utils, and root (or password-less sudo): cupsd and
# lpadmin are administrator tools. Output of the queue: the Out folder of
# /etc/cups/cups-pdf.conf (Debian: ~/PDF of the user who printed).
set -euo pipefail

QUEUE="InvoicerTestPDF"
STOPPED_QUEUE="InvoicerTestStopped"
PPD="lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
export LC_ALL=C LANG=C

sudo=()
if ((EUID != 0)); then
  command -v sudo >/dev/null || { echo "start-cups: run as root (no sudo here)" >&2; exit 1; }
  sudo=(sudo -n)
fi

for tool in /usr/sbin/cupsd lpstat lpadmin lp cupsenable cupsaccept; do
  command -v "$tool" >/dev/null || {
    echo "start-cups: $tool is missing; install cups-daemon cups-client printer-driver-cups-pdf" >&2
    exit 1
  }
done

# Two test files may call this at once; one at a time starts the scheduler and adds the queue.
exec 9>"${TMPDIR:-/tmp}/invoicer-start-cups.lock"
command -v flock >/dev/null && flock -w 60 9

running() { lpstat -r 2>/dev/null | grep -q '^scheduler is running'; }

if ! running; then
  # Without systemd (containers, CI) nothing starts cupsd on demand; it daemonizes itself.
  "${sudo[@]}" /usr/sbin/cupsd
  for _ in $(seq 1 50); do
    running && break
    sleep 0.2
  done
  running || { echo "start-cups: cupsd did not start; see /var/log/cups/error_log" >&2; exit 1; }
fi

for name in "$QUEUE" "$STOPPED_QUEUE"; do
  if ! lpstat -p "$name" >/dev/null 2>&1; then
    # lpadmin warns that printer drivers are deprecated; cups-pdf still comes as one.
    "${sudo[@]}" lpadmin -p "$name" -v cups-pdf:/ -m "$PPD" 2>/dev/null || {
      echo "start-cups: could not add the queue $name (is printer-driver-cups-pdf installed?)" >&2
      exit 1
    }
  fi
  "${sudo[@]}" cupsaccept "$name"
done
"${sudo[@]}" cupsenable "$QUEUE"
"${sudo[@]}" cupsdisable "$STOPPED_QUEUE"

echo "start-cups: scheduler running, queues $QUEUE and $STOPPED_QUEUE (stopped) ready"
