#!/usr/bin/env python3
"""Counts what a Docker client asks: listens on a unix socket, forwards every connection to the
engine's socket unchanged and appends each connection's request line ("GET /v1.41/... HTTP/1.1")
to a log. ButtCloud's engine client makes one connection per request, so one line is one request.

    bench/dockerproxy.py LISTEN_SOCKET LOG_FILE [ENGINE_SOCKET]   (default /var/run/docker.sock)
"""
import os
import socket
import sys
import threading


def pipe(source, target):
    try:
        while True:
            data = source.recv(65536)
            if not data:
                break
            target.sendall(data)
    except OSError:
        pass
    finally:
        for end in (source, target):
            try:
                end.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


def serve(client, engine_path, log, lock):
    engine = socket.socket(socket.AF_UNIX)
    engine.connect(engine_path)
    first = b''
    while b'\r\n' not in first:
        data = client.recv(65536)
        if not data:
            break
        first += data
    with lock:
        log.write(first.split(b'\r\n', 1)[0].decode('latin-1') + '\n')
        log.flush()
    engine.sendall(first)
    threading.Thread(target=pipe, args=(engine, client), daemon=True).start()
    pipe(client, engine)


def main():
    if len(sys.argv) not in (3, 4):
        sys.exit(__doc__)
    listen_path, log_path = sys.argv[1], sys.argv[2]
    engine_path = sys.argv[3] if len(sys.argv) == 4 else '/var/run/docker.sock'
    if os.path.exists(listen_path):
        os.unlink(listen_path)
    server = socket.socket(socket.AF_UNIX)
    server.bind(listen_path)
    os.chmod(listen_path, 0o600)
    server.listen(64)
    lock = threading.Lock()
    with open(log_path, 'a') as log:
        while True:
            client, _ = server.accept()
            threading.Thread(target=serve, args=(client, engine_path, log, lock), daemon=True).start()


if __name__ == '__main__':
    main()
