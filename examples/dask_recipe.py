#!/usr/bin/env python3
"""Runs gazette over JSONL dumps on a Dask cluster and writes the records in input order.

Each dump is cut into blocks of whole lines (dask.bytes.read_bytes, the reader under
dask.bag.read_text), each block is piped through one `gazette --input jsonl -j 1 --no-progress`
on a worker, and the records come back in the order of the blocks. As gazette keeps no state
across documents, the output is byte for byte that of one gazette over the dumps put end to end.
Blocks are handed over as bytes, never decoded, so line ends and any invalid UTF-8 reach
gazette as they are in the file.

    python3 examples/dask_recipe.py dump.jsonl > records.jsonl
    python3 examples/dask_recipe.py --blocksize 64MiB --scheduler tcp://head:8786 \\
        /shared/dumps/*.jsonl -o records.jsonl -- --types company,lab

Without --scheduler, a LocalCluster of worker processes on this machine (no dashboard, loopback
only). With it, the workers of that cluster must all see the dumps at the same path (a shared
file system, or an fsspec URL such as s3://) and have gazette on their PATH (or at --gazette).
Compressed dumps (.gz, .bz2, .xz) cannot be cut: each is one block.

Exit status, as gazette's: 0 when a record was written, 1 when none was, 2 on an error. A block
whose gazette exits with a status other than 0 or 1 (1 is a block with no mention) stops the run
with an error naming the block; the records of the blocks before it have been written.
"""
import argparse
import collections
import logging
import subprocess
import sys
import tempfile

GAZETTE_OPTIONS = ["--input", "jsonl", "-j", "1", "--no-progress"]


def run_gazette(block, command, name):
    """The records of one block: gazette's standard output, and its standard error."""
    try:
        proc = subprocess.run(command, input=block, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as error:
        raise RuntimeError(f"{name}: cannot run {command[0]}: {error}") from None
    if proc.returncode not in (0, 1):
        status = (f"status {proc.returncode}" if proc.returncode > 0
                  else f"signal {-proc.returncode}")
        stderr = proc.stderr.decode("utf-8", "replace").rstrip()
        raise RuntimeError(f"{name}: gazette exited with {status}"
                           + (f":\n{stderr}" if stderr else ""))
    return proc.stdout, proc.stderr


def parse_args(argv):
    gazette_args = []
    if "--" in argv:
        cut = argv.index("--")
        argv, gazette_args = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(
        description="Run gazette over JSONL dumps on a Dask cluster; records in input order.",
        epilog="Arguments after -- are passed to every gazette, after "
               + " ".join(GAZETTE_OPTIONS) + ".")
    parser.add_argument("dumps", nargs="+", metavar="DUMP",
                        help="JSONL dump (a path or an fsspec URL), read in the order given")
    parser.add_argument("-o", "--output", help="write the records here (default: standard output)")
    parser.add_argument("--gazette", default="gazette",
                        help="the gazette binary, as the workers see it (default: gazette)")
    parser.add_argument("--blocksize", default="10MiB",
                        help="bytes per block, cut at line ends (default: 10MiB)")
    parser.add_argument("--scheduler", help="address of a running Dask scheduler "
                        "(default: a LocalCluster on this machine)")
    parser.add_argument("--workers", type=int, default=2,
                        help="LocalCluster worker processes (default: 2)")
    parser.add_argument("--memory-limit", default="512MiB",
                        help="LocalCluster memory limit per worker (default: 512MiB)")
    parser.add_argument("--summary", action="store_true",
                        help="end with a line on standard error: blocks and records")
    args = parser.parse_args(argv)
    args.gazette_args = gazette_args
    return args


def blocks_of(dumps, blocksize):
    """(name, delayed bytes) for every block of every dump, in input order."""
    from dask.bytes import read_bytes
    from fsspec.utils import infer_compression

    number = 0
    for path in dumps:
        compression = infer_compression(path)
        _, blocks, paths = read_bytes(path, delimiter=b"\n", sample=False, include_path=True,
                                      compression=compression,
                                      blocksize=None if compression else blocksize)
        for file_blocks, file_path in zip(blocks, paths):
            for index, block in enumerate(file_blocks):
                number += 1
                yield f"block {number} ({file_path}, part {index + 1} of {len(file_blocks)})", block


def main(argv):
    args = parse_args(argv)
    from dask import delayed
    from dask.utils import parse_bytes
    from distributed import Client, LocalCluster

    command = [args.gazette, *GAZETTE_OPTIONS, *args.gazette_args]
    try:
        out = open(args.output, "wb") if args.output else sys.stdout.buffer
    except OSError as error:
        print(f"dask_recipe: error: {error}", file=sys.stderr)
        return 2
    if args.scheduler:
        cluster = scratch = None
        client = Client(args.scheduler)
    else:
        # The workers' spill space in a directory of its own, removed at the end.
        scratch = tempfile.TemporaryDirectory(prefix="dask_recipe-")
        cluster = LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                               memory_limit=args.memory_limit, dashboard_address=None,
                               host="127.0.0.1", silence_logs=logging.ERROR,
                               local_directory=scratch.name)
        client = Client(cluster)
    # A few blocks in flight per worker thread, so that memory stays bounded by the window and
    # not by the dump; results are written, then released, in the order of the blocks.
    window = 2 * max(1, sum(client.nthreads().values()))
    tasks = ((name, delayed(run_gazette)(block, command, name))
             for name, block in blocks_of(args.dumps, parse_bytes(args.blocksize)))
    pending = collections.deque()
    blocks = records = 0
    status = 0
    try:
        for name, task in tasks:
            pending.append((name, client.compute(task)))
            if len(pending) < window:
                continue
            blocks, records = write_oldest(pending, out, blocks, records)
        while pending:
            blocks, records = write_oldest(pending, out, blocks, records)
    except Exception as error:  # a task's error comes back as raised on the worker
        print(f"dask_recipe: error: {error}", file=sys.stderr)
        status = 2
    finally:
        out.flush()
        for _, future in pending:
            future.cancel()
        client.close()
        if cluster is not None:
            cluster.close()
            scratch.cleanup()
        if args.output:
            out.close()
    if args.summary:
        print(f"dask_recipe: {blocks} blocks, {records} records", file=sys.stderr)
    return status or (0 if records else 1)


def write_oldest(pending, out, blocks, records):
    name, future = pending.popleft()
    stdout, stderr = future.result()
    out.write(stdout)
    if stderr:
        for line in stderr.decode("utf-8", "replace").splitlines():
            print(f"dask_recipe: {name}: {line}", file=sys.stderr)
    future.release()
    return blocks + 1, records + stdout.count(b"\n")


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
