#!/usr/bin/python3
"""A real SMTP server on loopback for the mail tests (python3-aiosmtpd).

Writes every message it accepts to DIR/<n>.eml (the raw message as received) and DIR/<n>.json
(envelope: from, to), prints "smtpsink: listening on PORT" once ready, and runs until SIGTERM.
With --auth USER:PASSWORD it requires AUTH PLAIN/LOGIN with those credentials. With --cert and
--key it offers STARTTLS (--tls starttls), insists on it before MAIL (--tls require-starttls) or
speaks TLS from the first byte (--tls implicit, as smtps). --hold-first SECONDS stores the first
message at once but answers it only after that long."""
import argparse
import asyncio
import json
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


class Sink:
    def __init__(self, directory, hold_first):
        self.directory = directory
        self.hold_first = hold_first
        self.count = len([n for n in os.listdir(directory) if n.endswith(".eml")])
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += 1
            base = os.path.join(self.directory, "%06d" % self.count)
        # Written under a temporary name, then renamed: readers never see half a mail.
        with open(base + ".eml.tmp", "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(base + ".json", "w") as f:
            json.dump({"from": envelope.mail_from, "to": envelope.rcpt_tos}, f)
        os.rename(base + ".eml.tmp", base + ".eml")
        if self.hold_first:
            # Stored, but the sender hears nothing yet: as if it stopped between sending and marking.
            seconds, self.hold_first = self.hold_first, 0
            await asyncio.sleep(seconds)
        return "250 OK"


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--dir", required=True)
    parser.add_argument("--auth", default="")
    parser.add_argument("--hold-first", type=float, default=0,
                        help="store the first message, then wait this long before accepting it")
    parser.add_argument("--cert", default="")
    parser.add_argument("--key", default="")
    parser.add_argument("--tls", choices=["none", "starttls", "require-starttls", "implicit"], default="none")
    args = parser.parse_args()

    kwargs = {}
    if args.tls != "none":
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        context.load_cert_chain(args.cert, args.key)
        if args.tls == "implicit":
            kwargs["ssl_context"] = context
        else:
            kwargs["tls_context"] = context
            kwargs["require_starttls"] = args.tls == "require-starttls"
    if args.auth:
        user, password = args.auth.split(":", 1)

        def authenticator(server, session, envelope, mechanism, auth_data):
            ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
                and auth_data.password.decode() == password
            return AuthResult(success=ok)

        kwargs.update(authenticator=authenticator, auth_required=True, auth_require_tls=False)

    controller = Controller(Sink(args.dir, args.hold_first), hostname="127.0.0.1", port=args.port, **kwargs)
    controller.start()
    print("smtpsink: listening on %d" % args.port, flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    while not stop.wait(0.5):
        pass
    controller.stop()


if __name__ == "__main__":
    sys.exit(main())
