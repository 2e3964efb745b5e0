using System.Buffers;

namespace Extraction.Reading;

/// <summary>
/// Streams the lines of a byte stream without decoding them, so a dump of any size is read with a
/// bounded buffer and one bad line cannot spoil its neighbours. A line longer than
/// <see cref="MaxLineBytes"/> is reported as too long and skipped, never buffered whole.
/// </summary>
internal sealed class LineSplitter : IDisposable
{
    /// <summary>Lines above this size become error records: one article never needs more, and it bounds the memory one document can take.</summary>
    public const int MaxLineBytes = 4 * 1024 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _start;
    private int _end;
    private bool _eof;

    public LineSplitter(Stream stream) => _stream = stream;

    /// <summary>Number of the line last returned, from 1.</summary>
    public long LineNumber { get; private set; }

    /// <summary>
    /// Reads the next line without its terminator. Returns false at the end of the stream.
    /// <paramref name="tooLong"/> is true (and <paramref name="line"/> empty) for a skipped oversize line.
    /// The returned memory is valid until the next call.
    /// </summary>
    public bool TryReadLine(out ReadOnlyMemory<byte> line, out bool tooLong)
    {
        tooLong = false;
        int scanFrom = _start;
        while (true)
        {
            int nl = Array.IndexOf(_buffer, (byte)'\n', scanFrom, _end - scanFrom);
            if (nl >= 0)
            {
                LineNumber++;
                tooLong = nl - _start > MaxLineBytes;
                line = tooLong ? default : TrimCr(_buffer.AsMemory(_start, nl - _start));
                _start = nl + 1;
                return true;
            }
            if (_eof)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }
                LineNumber++;
                tooLong = _end - _start > MaxLineBytes;
                line = tooLong ? default : TrimCr(_buffer.AsMemory(_start, _end - _start));
                _start = _end;
                return true;
            }
            if (_end - _start >= MaxLineBytes)
            {
                SkipRestOfLine();
                LineNumber++;
                tooLong = true;
                line = default;
                return true;
            }
            scanFrom = _end;
            Fill();
            scanFrom -= _shift;
        }
    }

    private int _shift;

    private void Fill()
    {
        _shift = _start;
        if (_start > 0)
        {
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            var bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, bigger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = bigger;
        }
        int n = _stream.Read(_buffer, _end, _buffer.Length - _end);
        if (n == 0)
        {
            _eof = true;
        }
        _end += n;
    }

    private void SkipRestOfLine()
    {
        _start = _end = 0;
        while (!_eof)
        {
            int n = _stream.Read(_buffer, 0, _buffer.Length);
            if (n == 0)
            {
                _eof = true;
                break;
            }
            int nl = Array.IndexOf(_buffer, (byte)'\n', 0, n);
            if (nl >= 0)
            {
                _start = nl + 1;
                _end = n;
                return;
            }
        }
    }

    private static ReadOnlyMemory<byte> TrimCr(ReadOnlyMemory<byte> line) =>
        line.Length > 0 && line.Span[^1] == (byte)'\r' ? line[..^1] : line;

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
