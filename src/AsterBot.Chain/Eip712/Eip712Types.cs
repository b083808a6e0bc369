using System.Collections.Concurrent;
using System.Text;
using AsterBot.Chain.Crypto;

namespace AsterBot.Chain.Eip712;

/// <summary>
/// A set of EIP-712 struct definitions and the spec's hashing over them: <c>encodeType</c>, <c>typeHash</c> and
/// <c>hashStruct</c>. Values are given as dictionaries (see <see cref="Eip712Value"/> for the accepted CLR
/// types). Type hashes are cached, so reusing one instance for many messages only hashes the values.
/// </summary>
public sealed class Eip712Types
{
    private readonly Dictionary<string, Eip712Field[]> _structs;
    private readonly ConcurrentDictionary<string, byte[]> _typeHashes = new(StringComparer.Ordinal);

    public Eip712Types(IEnumerable<KeyValuePair<string, Eip712Field[]>> structs)
    {
        ArgumentNullException.ThrowIfNull(structs);
        _structs = new Dictionary<string, Eip712Field[]>(StringComparer.Ordinal);
        foreach (var (name, fields) in structs)
        {
            if (string.IsNullOrEmpty(name) || fields is null)
                throw new ArgumentException("Every EIP-712 struct needs a name and a field list.", nameof(structs));
            if (!_structs.TryAdd(name, fields.ToArray()))
                throw new ArgumentException($"The EIP-712 struct \"{name}\" is defined twice.", nameof(structs));
        }
        foreach (var (name, fields) in _structs)
        foreach (var field in fields)
            if (!Eip712Value.IsAtomicOrDynamic(ElementType(field.Type)) && !_structs.ContainsKey(ElementType(field.Type)))
                throw new ArgumentException($"Field \"{field.Name}\" of \"{name}\" has type \"{field.Type}\", which is neither a known struct nor an EIP-712 basic type.", nameof(structs));
    }

    /// <summary>Shorthand: <c>Eip712Types.Of(("Person", [new("name", "string"), new("wallet", "address")]))</c>.</summary>
    public static Eip712Types Of(params (string Name, Eip712Field[] Fields)[] structs) =>
        new(structs.Select(s => KeyValuePair.Create(s.Name, s.Fields)));

    public IReadOnlyList<Eip712Field> FieldsOf(string structName) =>
        _structs.TryGetValue(structName, out var fields) ? fields
            : throw new ArgumentException($"No EIP-712 struct named \"{structName}\" is defined.", nameof(structName));

    /// <summary>"Mail(Person from,Person to,string contents)Person(string name,address wallet)": the primary type, then its dependencies sorted by name.</summary>
    public string EncodeType(string primaryType)
    {
        var dependencies = new SortedSet<string>(StringComparer.Ordinal);
        CollectDependencies(primaryType, dependencies);
        dependencies.Remove(primaryType);
        var sb = new StringBuilder();
        foreach (var name in dependencies.Prepend(primaryType))
        {
            sb.Append(name).Append('(');
            var fields = FieldsOf(name);
            for (var i = 0; i < fields.Count; i++)
            {
                if (i > 0) sb.Append(',');
                sb.Append(fields[i].Type).Append(' ').Append(fields[i].Name);
            }
            sb.Append(')');
        }
        return sb.ToString();
    }

    public ReadOnlySpan<byte> TypeHash(string primaryType) =>
        _typeHashes.GetOrAdd(primaryType, static (name, self) => Keccak256.Hash(Encoding.UTF8.GetBytes(self.EncodeType(name))), this);

    /// <summary>hashStruct(s) = keccak256(typeHash ‖ encodeData(s)).</summary>
    public void HashStruct(string primaryType, IReadOnlyDictionary<string, object?> values, Span<byte> destination32)
    {
        ArgumentNullException.ThrowIfNull(values);
        var fields = FieldsOf(primaryType);
        var buffer = new byte[32 * (fields.Count + 1)];
        TypeHash(primaryType).CopyTo(buffer);
        for (var i = 0; i < fields.Count; i++)
        {
            var field = fields[i];
            if (!values.TryGetValue(field.Name, out var value))
                throw new ArgumentException($"The \"{primaryType}\" value has no \"{field.Name}\" ({field.Type}).", nameof(values));
            EncodeValue(field.Type, value, buffer.AsSpan(32 * (i + 1), 32), $"{primaryType}.{field.Name}");
        }
        Keccak256.Hash(buffer, destination32);
    }

    public byte[] HashStruct(string primaryType, IReadOnlyDictionary<string, object?> values)
    {
        var hash = new byte[32];
        HashStruct(primaryType, values, hash);
        return hash;
    }

    private void EncodeValue(string type, object? value, Span<byte> destination32, string path)
    {
        if (type.EndsWith(']'))
        {
            EncodeArray(type, value, destination32, path);
            return;
        }
        if (_structs.ContainsKey(type))
        {
            if (value is not IReadOnlyDictionary<string, object?> nested)
                throw new ArgumentException($"{path} must be a dictionary of the \"{type}\" struct's fields.");
            HashStruct(type, nested, destination32);
            return;
        }
        Eip712Value.Encode(type, value, destination32, path);
    }

    /// <summary>Arrays encode as keccak256 of their elements' encodings concatenated (fixed and dynamic alike).</summary>
    private void EncodeArray(string type, object? value, Span<byte> destination32, string path)
    {
        var open = type.LastIndexOf('[');
        var elementType = type[..open];
        var sizeText = type[(open + 1)..^1];
        if (value is not System.Collections.IEnumerable items || value is string)
            throw new ArgumentException($"{path} must be a list for type \"{type}\".");
        var elements = items.Cast<object?>().ToList();
        if (sizeText.Length > 0 && (!int.TryParse(sizeText, out var size) || size != elements.Count))
            throw new ArgumentException($"{path} must have exactly {sizeText} elements; it has {elements.Count}.");
        var buffer = new byte[32 * elements.Count];
        for (var i = 0; i < elements.Count; i++)
            EncodeValue(elementType, elements[i], buffer.AsSpan(32 * i, 32), $"{path}[{i}]");
        Keccak256.Hash(buffer, destination32);
    }

    private void CollectDependencies(string type, SortedSet<string> found)
    {
        if (!_structs.TryGetValue(type, out var fields))
            throw new ArgumentException($"No EIP-712 struct named \"{type}\" is defined.", nameof(type));
        if (!found.Add(type)) return;
        foreach (var field in fields)
        {
            var element = ElementType(field.Type);
            if (_structs.ContainsKey(element)) CollectDependencies(element, found);
        }
    }

    private static string ElementType(string type)
    {
        var open = type.IndexOf('[');
        return open < 0 ? type : type[..open];
    }
}
