using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace KnowledgeGraph.Store.Sqlite;

/// <summary>
/// The fingerprint that makes a source row unique (<c>sources.fingerprint</c>): the first 8 bytes of the SHA-256 of
/// the fact's fields in UTF-8, separated by U+001F, a missing field written as U+0000, read as a signed big-endian
/// 64-bit integer. Built field by field in one reusable buffer, so a source costs no intermediate strings, and hashed
/// with the one-shot <see cref="SHA256.HashData(ReadOnlySpan{byte}, Span{byte})"/>: one native call per source, with
/// no hash object to keep (an incremental hash took several calls and an error-queue reset per source).
/// </summary>
/// <remarks>
/// Until migration 0002 the column held the first 16 bytes as 32 upper-case hex digits; the migration keeps the first
/// 16 of those digits, which are these 8 bytes, so stores written before load exactly as they did. Two different
/// sources of one store share a fingerprint with a probability of about n²/2⁶⁵ (3·10⁻⁸ for a million sources).
/// </remarks>
internal sealed class SourceFingerprint
{
    private char[] _text = new char[512];
    private byte[] _bytes = new byte[1024];
    private int _length;

    /// <summary>Starts a fingerprint with its first field, the owner: <c>n{node seq}</c> or <c>e{edge seq}</c>.</summary>
    public SourceFingerprint Start(char owner, long seq)
    {
        _length = 0;
        Reserve(21);
        _text[_length++] = owner;
        seq.TryFormat(_text.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>Appends the next field.</summary>
    public SourceFingerprint Add(string? field)
    {
        Reserve(1 + (field?.Length ?? 1));
        _text[_length++] = '\u001f';
        if (field is null)
        {
            _text[_length++] = '\u0000';
        }
        else
        {
            field.CopyTo(_text.AsSpan(_length));
            _length += field.Length;
        }
        return this;
    }

    /// <summary>Appends the next field, a number.</summary>
    public SourceFingerprint Add(long field)
    {
        Reserve(21);
        _text[_length++] = '\u001f';
        field.TryFormat(_text.AsSpan(_length), out var written, provider: CultureInfo.InvariantCulture);
        _length += written;
        return this;
    }

    /// <summary>The fingerprint of the fields so far, as stored.</summary>
    public long Finish()
    {
        var text = _text.AsSpan(0, _length);
        var size = Encoding.UTF8.GetMaxByteCount(_length);
        if (_bytes.Length < size)
        {
            _bytes = new byte[Math.Max(size, _bytes.Length * 2)];
        }
        var count = Encoding.UTF8.GetBytes(text, _bytes);
        Span<byte> hash = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(_bytes.AsSpan(0, count), hash);
        return BinaryPrimitives.ReadInt64BigEndian(hash);
    }

    private void Reserve(int more)
    {
        if (_length + more > _text.Length)
        {
            Array.Resize(ref _text, Math.Max(_length + more, _text.Length * 2));
        }
    }
}
