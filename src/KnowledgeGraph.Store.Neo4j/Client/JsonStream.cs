using System.Buffers;
using System.Text.Json;

namespace KnowledgeGraph.Store.Neo4j.Client;

/// <summary>
/// Reads a JSON document from a stream token by token, and whole values (a result row) one at a time, so an answer of
/// any size is never held whole in memory: only the unread part of the current buffer and the value being read.
/// </summary>
internal sealed class JsonStream : IDisposable
{
    private readonly Stream _stream;
    private byte[] _buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
    private int _start;
    private int _end;
    private bool _final;
    private JsonReaderState _state;

    public JsonStream(Stream stream) => _stream = stream;

    /// <summary>The kind of the token <see cref="ReadAsync"/> read last.</summary>
    public JsonTokenType TokenType { get; private set; }

    /// <summary>The text of the last token when it was a string or a property name.</summary>
    public string? Text { get; private set; }

    /// <summary>Reads the next token; false at the end of the document.</summary>
    public async ValueTask<bool> ReadAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryRead())
            {
                return true;
            }
            if (_final)
            {
                if (_start < _end)
                {
                    throw new JsonException("The answer ended in the middle of a JSON value.");
                }
                return false;
            }
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Reads the next whole value (scalar, array or object); the element owns its memory.</summary>
    public async ValueTask<JsonElement> ReadValueAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            if (TryReadValue(out var value))
            {
                return value;
            }
            if (_final)
            {
                throw new JsonException("The answer ended in the middle of a JSON value.");
            }
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the next element of the array being read: the element, or null when the array ended (its end is consumed).
    /// </summary>
    public async ValueTask<JsonElement?> ReadElementAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
            if (reader.Read() && reader.TokenType == JsonTokenType.EndArray)
            {
                TokenType = JsonTokenType.EndArray;
                Text = null;
                _start += (int)reader.BytesConsumed;
                _state = reader.CurrentState;
                return null;
            }
            if (TryReadValue(out var value))
            {
                return value;
            }
            if (_final)
            {
                throw new JsonException("The answer ended in the middle of a JSON value.");
            }
            await FillAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private bool TryRead()
    {
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return false;
        }
        TokenType = reader.TokenType;
        Text = reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName ? reader.GetString() : null;
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    private bool TryReadValue(out JsonElement value)
    {
        value = default;
        var reader = new Utf8JsonReader(_buffer.AsSpan(_start, _end - _start), _final, _state);
        if (!reader.Read())
        {
            return false;
        }
        if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
        {
            // Only parse once the whole value is in the buffer (TrySkip on a copy says so without moving the reader).
            var probe = reader;
            if (!probe.TrySkip())
            {
                return false;
            }
        }
        value = JsonElement.ParseValue(ref reader);
        TokenType = JsonTokenType.None;
        Text = null;
        _start += (int)reader.BytesConsumed;
        _state = reader.CurrentState;
        return true;
    }

    private async ValueTask FillAsync(CancellationToken cancellationToken)
    {
        if (_start > 0)
        {
            // Keep the unread part at the front.
            Buffer.BlockCopy(_buffer, _start, _buffer, 0, _end - _start);
            _end -= _start;
            _start = 0;
        }
        if (_end == _buffer.Length)
        {
            // One value is larger than the buffer: grow it.
            var larger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
            Buffer.BlockCopy(_buffer, 0, larger, 0, _end);
            ArrayPool<byte>.Shared.Return(_buffer);
            _buffer = larger;
        }
        var read = await _stream.ReadAsync(_buffer.AsMemory(_end), cancellationToken).ConfigureAwait(false);
        if (read == 0)
        {
            _final = true;
        }
        _end += read;
    }

    public void Dispose()
    {
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = [];
    }
}
