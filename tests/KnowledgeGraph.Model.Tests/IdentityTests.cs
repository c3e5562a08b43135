using KnowledgeGraph.Model.Identity;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Model.Tests;

public class NodeIdTests
{
    [Theory]
    [InlineData("city:barcelona")]
    [InlineData("city:geonames:3128760")]
    [InlineData("country:es")]
    [InlineData("project:vet-for-urban-centres")]
    [InlineData("event:innocrafts-2012.day_1")]
    [InlineData("theme:x")]
    public void Well_formed_ids(string id) => Assert.True(NodeId.IsWellFormed(id), id);

    [Theory]
    [InlineData("")]
    [InlineData("barcelona")]
    [InlineData("city:")]
    [InlineData(":barcelona")]
    [InlineData("City:barcelona")]
    [InlineData("city:Barcelona")]
    [InlineData("city:bar celona")]
    [InlineData("city:-barcelona")]
    [InlineData("city:barcelona-")]
    [InlineData("city::barcelona")]
    [InlineData("city:geonames:")]
    [InlineData("city:sónar")]
    [InlineData("city1:barcelona")]
    public void Ill_formed_ids(string id) => Assert.False(NodeId.IsWellFormed(id), id);

    [Fact]
    public void An_id_longer_than_200_characters_is_ill_formed()
    {
        Assert.True(NodeId.IsWellFormed("theme:" + new string('a', 194)));
        Assert.False(NodeId.IsWellFormed("theme:" + new string('a', 195)));
    }

    [Fact]
    public void Check_accepts_an_id_whose_prefix_names_its_kind()
    {
        Assert.Null(NodeId.Check(CityNetworksModel.Instance, "city:barcelona", CityNetworksModel.City));
        Assert.Null(NodeId.Check(CityNetworksModel.Instance, "org:barcelona-activa"));
    }

    [Fact]
    public void Check_rejects_a_prefix_of_another_kind_and_says_which_to_use()
    {
        var error = NodeId.Check(CityNetworksModel.Instance, "city:eurocities", CityNetworksModel.Network);
        Assert.Equal("id 'city:eurocities' has prefix 'city', which belongs to City, not Network (use 'network:')", error);
    }

    [Fact]
    public void Check_rejects_an_unknown_prefix_and_a_malformed_id()
    {
        Assert.StartsWith("id 'town:leeds' has the unknown prefix 'town'", NodeId.Check(CityNetworksModel.Instance, "town:leeds"));
        Assert.StartsWith("'Leeds' is not a valid node id", NodeId.Check(CityNetworksModel.Instance, "Leeds"));
    }

    [Fact]
    public void External_ids_follow_the_key_pattern()
    {
        Assert.Equal("city:geonames:3128760", NodeId.External(CityNetworksModel.City, CityNetworksModel.City.ExternalKey!, "3128760"));
        Assert.Equal("country:es", NodeId.External(CityNetworksModel.Country, CityNetworksModel.Country.ExternalKey!, "ES"));
        Assert.Throws<ArgumentException>(() => NodeId.External(CityNetworksModel.City, CityNetworksModel.City.FindProperty("population")!, "1"));
    }

    [Theory]
    [InlineData("VET for Urban Centres", "vet-for-urban-centres")]
    [InlineData("+RESILIENT", "resilient")]
    [InlineData("Sónar + D", "sonar-d")]
    [InlineData("Bruxelles-Ville", "bruxelles-ville")]
    [InlineData("  Gaudí’s   Pedrera ", "gaudi-s-pedrera")]
    [InlineData("INTERREG IVC", "interreg-ivc")]
    [InlineData("京都", "x")]
    [InlineData("!!!", "x")]
    public void Slug_folds_and_joins_words_with_hyphens(string name, string slug)
    {
        Assert.Equal(slug, NodeId.Slug(name));
        var id = NodeId.FromName(CityNetworksModel.Project, name);
        Assert.Equal("project:" + slug, id);
        Assert.True(NodeId.IsWellFormed(id), id);
    }

    [Fact]
    public void PrefixOf_is_the_part_before_the_first_colon()
    {
        Assert.Equal("city", NodeId.PrefixOf("city:geonames:1"));
        Assert.Equal("nocolon", NodeId.PrefixOf("nocolon"));
    }
}

public class TextKeyTests
{
    [Theory]
    [InlineData("Sónar", "sonar")]
    [InlineData("SONAR", "sonar")]
    [InlineData("sonar", "sonar")]
    [InlineData("Bruxelles-Ville", "bruxelles ville")]
    [InlineData("bruxelles ville", "bruxelles ville")]
    [InlineData("  Montréal  ", "montreal")]
    [InlineData("Kyōto", "kyoto")]
    [InlineData("BARCELONE", "barcelone")]
    [InlineData("Gaudí’s Pedrera", "gaudi s pedrera")]
    [InlineData("Gaudi's  Pedrera", "gaudi s pedrera")]
    [InlineData("København", "kobenhavn")]
    [InlineData("Łódź", "lodz")]
    [InlineData("Gießen", "giessen")]
    [InlineData("GIESSEN", "giessen")]
    [InlineData("Cœur", "coeur")]
    [InlineData("Sónar + D", "sonar d")]
    [InlineData("京都", "京都")]
    [InlineData("", "")]
    [InlineData(" - ", "")]
    public void Normalize_ignores_case_accents_and_punctuation(string text, string key) => Assert.Equal(key, TextKey.Normalize(text));

    [Fact]
    public void Precomposed_and_decomposed_accents_share_a_key()
    {
        var precomposed = "Montr\u00e9al";
        var decomposed = "Montre\u0301al";
        Assert.Equal(TextKey.Normalize(precomposed), TextKey.Normalize(decomposed));
    }

    [Fact]
    public void Different_names_keep_different_keys()
    {
        Assert.NotEqual(TextKey.Normalize("Barcelona"), TextKey.Normalize("Barcelone"));
        Assert.NotEqual(TextKey.Normalize("Sónar"), TextKey.Normalize("Sónar+D"));
    }

    [Fact]
    public void Null_is_rejected() => Assert.Throws<ArgumentNullException>(() => TextKey.Normalize(null!));

    [Fact]
    public void Every_character_folds_as_the_definition_folds_it()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            if (char.IsSurrogate((char)c))
            {
                continue;
            }
            var text = "a" + (char)c + "b";
            Assert.True(Fold(TextKey.NormalizeByDecomposition, text) == Fold(TextKey.Normalize, text), $"U+{c:X4}");
        }
    }

    [Fact]
    public void Pairs_of_hangul_jamo_and_other_letters_fold_as_the_definition_folds_them()
    {
        // NFC composes a leading jamo with a vowel, and a syllable with a final: the keys that need recomposing.
        var units = Enumerable.Range(0x1100, 0x100).Select(c => (char)c)
            .Concat("가각ÅåЁёαΆ京한\u3131\u314F\u00C5\u212B\u2126a1 -").ToArray();
        foreach (var first in units)
        {
            foreach (var second in units)
            {
                var text = $"{first}{second}";
                Assert.True(TextKey.NormalizeByDecomposition(text) == TextKey.Normalize(text), $"U+{(int)first:X4} U+{(int)second:X4}");
            }
        }
        Assert.Equal("각", TextKey.Normalize("\u1100\u1161\u11A8"));
    }

    [Fact]
    public void Plain_ascii_text_folds_as_the_definition_folds_it()
    {
        // Every ASCII code unit (controls included), short and past the stack buffer's 256 characters.
        var random = new Random(20261202);
        for (var i = 0; i < 20_000; i++)
        {
            var length = i % 100 == 0 ? random.Next(250, 600) : random.Next(0, 24);
            var text = new string(Enumerable.Range(0, length).Select(_ => (char)random.Next(0, 128)).ToArray());
            Assert.True(TextKey.NormalizeByDecomposition(text) == TextKey.Normalize(text), text);
        }
        Assert.Equal("", TextKey.Normalize(" -- "));
        Assert.Equal("st etienne 42", TextKey.Normalize("  St.-Etienne (42) "));
    }

    [Fact]
    public void Mixed_scripts_marks_and_surrogates_fold_as_the_definition_folds_them()
    {
        // Letters, digits, punctuation and combining marks of many scripts, precomposed and decomposed, and characters
        // beyond the BMP, in random order: the per-character fold must give the key the whole-string decomposition gives.
        var pool = string.Concat(
            "aZ09 -',./()&’", "àéîõüçñßæœøłđıİÅ", "\u0300\u0301\u0308\u0327\u0345\u20DD", "ΆΈάέῂῶΐ", "ЙйЁёЇїщ",
            "한국어\u1100\u1161\u11A8", "किं\u093E\u0903", "الْعَرَبِيَّة", "京都東京", "ไทย\u0E31", "Tiếng Việt ằẫ",
            "\uFB01\u212B\u2126\u00A8\u1FED\u0387", "\U0001D400\U0001F600\U0002F800");
        var units = pool.ToCharArray();
        var random = new Random(20261122);
        for (var i = 0; i < 20_000; i++)
        {
            var length = random.Next(1, 12);
            var text = new System.Text.StringBuilder();
            for (var j = 0; j < length; j++)
            {
                var unit = units[random.Next(units.Length)];
                // Keep surrogate pairs whole (a lone surrogate is not text).
                if (char.IsHighSurrogate(unit))
                {
                    continue;
                }
                if (char.IsLowSurrogate(unit))
                {
                    var at = Array.IndexOf(units, unit);
                    text.Append(units[at - 1]);
                }
                text.Append(unit);
            }
            var s = text.ToString();
            Assert.True(TextKey.NormalizeByDecomposition(s) == TextKey.Normalize(s), s);
        }
    }

    /// <summary>The key, or the exception's type for text that is not valid Unicode (noncharacters are refused by both).</summary>
    private static string Fold(Func<string, string> fold, string text)
    {
        try
        {
            return fold(text);
        }
        catch (ArgumentException ex)
        {
            return ex.GetType().Name;
        }
    }
}
