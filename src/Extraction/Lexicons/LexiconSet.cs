using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Lexicons;

/// <summary>
/// The lexicons of data/lexicons, loaded for look-ups on tone-folded lowercase token sequences
/// ("Thuỷ"/"Thủy" and case variants match alike): gazetteers by category, relation trigger phrases by
/// relation type, and alias sets. Phrases are keyed by a hash of their folded tokens, so matching a
/// sentence allocates nothing per token.
/// </summary>
public sealed class LexiconSet
{
    /// <summary>The files read, by category.</summary>
    public static readonly IReadOnlyDictionary<string, LexiconCategory> Files = new Dictionary<string, LexiconCategory>
    {
        ["provinces.txt"] = LexiconCategory.Province,
        ["districts.txt"] = LexiconCategory.District,
        ["countries.txt"] = LexiconCategory.Country,
        ["world_places.txt"] = LexiconCategory.WorldPlace,
        ["location_designators.txt"] = LexiconCategory.LocationDesignator,
        ["roles.txt"] = LexiconCategory.Role,
        ["org_heads.txt"] = LexiconCategory.OrganizationHead,
        ["organizations.txt"] = LexiconCategory.Organization,
        ["event_heads.txt"] = LexiconCategory.EventHead,
        ["surnames.txt"] = LexiconCategory.Surname,
        ["given_names.txt"] = LexiconCategory.GivenName,
        ["honorifics.txt"] = LexiconCategory.Honorific,
        ["date_words.txt"] = LexiconCategory.DateWord,
    };

    private readonly Dictionary<ulong, LexiconCategory> _phrases = [];
    private readonly Dictionary<ulong, uint> _triggerTypes = [];
    private readonly HashSet<ulong> _genericEventHeads = [];

    /// <summary>An empty set (no lexicon features).</summary>
    public LexiconSet()
    {
    }

    /// <summary>Longest phrase, in tokens.</summary>
    public int MaxPhraseTokens { get; private set; } = 1;

    /// <summary>Alias sets ("Hoa Kỳ | Mỹ"), for entity grouping.</summary>
    public List<string[]> Aliases { get; } = [];

    /// <summary>Trigger phrases with their relation types, for the relation linker.</summary>
    public List<(RelationType Type, string Phrase)> TriggerPhrases { get; } = [];

    /// <summary>A fingerprint of the loaded content, recorded in model metadata.</summary>
    public string Hash { get; private set; } = "empty";

    /// <summary>Loads every known file present in <paramref name="directory"/>.</summary>
    public static LexiconSet Load(string directory)
    {
        var set = new LexiconSet();
        using var digest = System.Security.Cryptography.IncrementalHash.CreateHash(System.Security.Cryptography.HashAlgorithmName.SHA256);
        foreach (var (file, category) in Files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            string path = Path.Combine(directory, file);
            if (!File.Exists(path))
            {
                continue;
            }
            var foreign = false;
            var heads = false;
            foreach (string line in File.ReadLines(path))
            {
                digest.AppendData(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
                string entry = line.Trim();
                if (category == LexiconCategory.EventHead && entry.StartsWith("# =====", StringComparison.Ordinal))
                {
                    heads = entry.Contains("never an EVENT alone", StringComparison.Ordinal);
                }
                if (category == LexiconCategory.Surname && entry.StartsWith('#'))
                {
                    foreign |= entry.Contains("chinese", StringComparison.OrdinalIgnoreCase) || entry.Contains("korean", StringComparison.OrdinalIgnoreCase);
                }
                if (entry.Length == 0 || entry[0] == '#')
                {
                    continue;
                }
                ulong added = set.Add(entry, foreign ? LexiconCategory.ForeignSurname : category);
                if (heads)
                {
                    set._genericEventHeads.Add(added);
                }
            }
        }
        string triggers = Path.Combine(directory, "triggers.tsv");
        if (File.Exists(triggers))
        {
            foreach (string line in File.ReadLines(triggers))
            {
                digest.AppendData(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
                var parts = line.Split('\t');
                if (parts.Length != 2 || line.StartsWith('#') || parts[1].Trim().Length == 0)
                {
                    continue;
                }
                string phrase = UnicodeNormalizer.ToNfc(parts[1].Trim());
                if (TypeNames.TryParseRelation(parts[0].Trim(), out var type))
                {
                    set.TriggerPhrases.Add((type, phrase));
                    ulong key = set.Add(phrase, LexiconCategory.Trigger);
                    set._triggerTypes[key] = set._triggerTypes.GetValueOrDefault(key) | (1u << (int)type);
                }
                else if (parts[0].Trim() == "NONE")
                {
                    ulong key = set.Add(phrase, LexiconCategory.Trigger);
                    set._triggerTypes[key] = set._triggerTypes.GetValueOrDefault(key) | NoRelationBit;
                }
            }
        }
        string aliases = Path.Combine(directory, "aliases.txt");
        if (File.Exists(aliases))
        {
            foreach (string line in File.ReadLines(aliases))
            {
                digest.AppendData(System.Text.Encoding.UTF8.GetBytes(line + "\n"));
                if (line.StartsWith('#'))
                {
                    continue;
                }
                var names = line.Split('|').Select(n => UnicodeNormalizer.ToNfc(n.Trim())).Where(n => n.Length > 0).ToArray();
                if (names.Length > 1)
                {
                    set.Aliases.Add(names);
                }
            }
        }
        set.Hash = Convert.ToHexStringLower(digest.GetHashAndReset())[..16];
        return set;
    }

    /// <summary>
    /// Whether <paramref name="text"/> is only an event head word of event_heads.txt ("Hội nghị", "Lễ kỷ niệm"):
    /// ANNOTATION.md says an EVENT needs a name, so such a span alone is never one.
    /// </summary>
    public bool IsGenericEventHead(string text)
    {
        if (_genericEventHeads.Count == 0)
        {
            return false;
        }
        ulong key = 0;
        foreach (string token in VietnameseTokenizer.Instance.Split(text))
        {
            key = Combine(key, TokenHash(token));
        }
        return _genericEventHeads.Contains(key);
    }

    /// <summary>Adds one phrase (space-separated tokens as the tokenizer splits them); returns its key.</summary>
    public ulong Add(string phrase, LexiconCategory category)
    {
        var tokens = VietnameseTokenizer.Instance.Split(UnicodeNormalizer.ToNfc(phrase));
        if (tokens.Count == 0)
        {
            return 0;
        }
        ulong key = 0;
        foreach (string token in tokens)
        {
            key = Combine(key, TokenHash(token));
        }
        _phrases[key] = _phrases.GetValueOrDefault(key) | category;
        MaxPhraseTokens = Math.Max(MaxPhraseTokens, tokens.Count);
        return key;
    }

    /// <summary>Trigger bit of phrases that look like triggers but state no relation (type NONE in triggers.tsv).</summary>
    public const uint NoRelationBit = 1u << 6;

    /// <summary>The relation types (bit t for type t, <see cref="NoRelationBit"/> for NONE) a trigger phrase states, 0 if it is none.</summary>
    public uint TriggerTypes(ulong key) => _triggerTypes.GetValueOrDefault(key);

    /// <summary>The categories of the phrase whose running key is <paramref name="key"/>.</summary>
    public LexiconCategory Lookup(ulong key) => _phrases.GetValueOrDefault(key);

    /// <summary>Hash of one token's tone-folded lowercase form.</summary>
    public static ulong TokenHash(ReadOnlySpan<char> token)
    {
        Span<char> folded = token.Length <= 64 ? stackalloc char[token.Length + 1] : new char[token.Length + 1];
        int n = ToneFolding.Fold(token, folded);
        return StableHash.Finish(StableHash.Of(folded[..n]));
    }

    /// <summary>Extends a phrase key by one token hash (0 is the empty phrase).</summary>
    public static ulong Combine(ulong key, ulong token) => unchecked((key ^ token) * 0x9E3779B97F4A7C15UL + 0x632BE59BD9B4E019UL);
}
