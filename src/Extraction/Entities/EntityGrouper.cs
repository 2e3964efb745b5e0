using Extraction.Documents;
using Extraction.Text;

namespace Extraction.Entities;

/// <summary>
/// Groups a document's mentions into entities (ANNOTATION.md, "Entities"). Mentions of one type join
/// when their tone-folded, lowercase texts are equal ("TÔ LÂM"/"Tô Lâm"), when an alias set names both
/// ("Hoa Kỳ"/"Mỹ", "Liên hợp quốc"/"LHQ"), or, for people, when one is the last word(s) of exactly one
/// longer name ("Sullivan"/"Dan Sullivan"). ROLE mentions group by their folded text and DATE mentions by
/// value. An entity is named by its longest mention; entities are ordered by their first mention.
/// Reads mentions (with DATE values); writes <see cref="Document.Entities"/> and each <see cref="Mention.Entity"/>.
/// </summary>
public sealed class EntityGrouper
{
    private readonly Dictionary<string, int> _aliasGroup = new(StringComparer.Ordinal);

    /// <param name="aliasSets">Sets of names that denote one thing; compared tone-folded and lowercase.</param>
    public EntityGrouper(IEnumerable<IReadOnlyList<string>> aliasSets)
    {
        int group = 0;
        foreach (var set in aliasSets)
        {
            int id = group++;
            foreach (string name in set)
            {
                string key = ToneFolding.FoldPhrase(name);
                if (_aliasGroup.TryGetValue(key, out int existing))
                {
                    id = existing;
                }
            }
            foreach (string name in set)
            {
                _aliasGroup[ToneFolding.FoldPhrase(name)] = id;
            }
        }
    }

    public void Group(Document document)
    {
        var mentions = document.Mentions;
        var keys = mentions.Select(Key).ToArray();
        var parent = Enumerable.Range(0, mentions.Count).ToArray();
        int Find(int i)
        {
            while (parent[i] != i)
            {
                i = parent[i] = parent[parent[i]];
            }
            return i;
        }
        void Union(int a, int b)
        {
            int ra = Find(a), rb = Find(b);
            if (ra != rb)
            {
                parent[Math.Max(ra, rb)] = Math.Min(ra, rb);
            }
        }
        var byKey = new Dictionary<string, int>(StringComparer.Ordinal);
        var byAlias = new Dictionary<(MentionType, int), int>();
        for (int i = 0; i < mentions.Count; i++)
        {
            if (byKey.TryGetValue(keys[i], out int j))
            {
                Union(i, j);
            }
            else
            {
                byKey[keys[i]] = i;
            }
            if (mentions[i].Type is not (MentionType.Role or MentionType.Date)
                && _aliasGroup.TryGetValue(ToneFolding.FoldPhrase(mentions[i].Text), out int group))
            {
                if (byAlias.TryGetValue((mentions[i].Type, group), out int k))
                {
                    Union(i, k);
                }
                else
                {
                    byAlias[(mentions[i].Type, group)] = i;
                }
            }
        }
        JoinShortNames(mentions, keys, Find, Union);

        document.Entities.Clear();
        var entityOfRoot = new Dictionary<int, int>();
        for (int i = 0; i < mentions.Count; i++)
        {
            int root = Find(i);
            if (!entityOfRoot.TryGetValue(root, out int e))
            {
                e = entityOfRoot[root] = document.Entities.Count;
                document.Entities.Add(new Entity(mentions[i].Type, mentions[i].Text));
            }
            var entity = document.Entities[e];
            entity.Mentions.Add(i);
            mentions[i].Entity = e;
            if (mentions[i].Type is not (MentionType.Role or MentionType.Date) && mentions[i].Text.Length > entity.Name.Length)
            {
                entity.Name = mentions[i].Text;
            }
        }
    }

    private static string Key(Mention m) => m.Type switch
    {
        MentionType.Date => "D:" + (m.Value ?? m.Text),
        _ => ((int)m.Type).ToString(System.Globalization.CultureInfo.InvariantCulture) + ":" + ToneFolding.FoldPhrase(m.Text),
    };

    private static void JoinShortNames(List<Mention> mentions, string[] keys, Func<int, int> find, Action<int, int> union)
    {
        // Every proper word-suffix of every name, with the names (roots) it ends.
        var endings = new Dictionary<string, HashSet<int>>(StringComparer.Ordinal);
        var people = Enumerable.Range(0, mentions.Count).Where(i => mentions[i].Type == MentionType.Person).ToList();
        foreach (int j in people)
        {
            string name = keys[j][2..];
            for (int space = name.IndexOf(' '); space >= 0; space = name.IndexOf(' ', space + 1))
            {
                string suffix = name[(space + 1)..];
                if (!endings.TryGetValue(suffix, out var roots))
                {
                    endings[suffix] = roots = [];
                }
                if (roots.Count < 2)
                {
                    roots.Add(find(j));
                }
            }
        }
        foreach (int i in people)
        {
            if (endings.TryGetValue(keys[i][2..], out var roots) && roots.Select(find).Distinct().Count() == 1)
            {
                union(i, roots.First());
            }
        }
    }
}
