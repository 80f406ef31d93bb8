"""Read: turn paths, folders, stdin, .gz and WARC files into raw pages (`Document`s not yet decoded).

`iter_documents(paths)` yields one Document per page, in a stable order (folders walked
recursively, sorted by path). A WARC yields one Document per HTML response inside it. A file that
cannot be read still yields a Document, with its error set, so the batch goes on.
"""
from .files import iter_documents, MAX_PAGE_BYTES

__all__ = ["iter_documents", "MAX_PAGE_BYTES"]
