using KnowledgeGraph.GraphQL.Types;
using KnowledgeGraph.Model.Schema;

namespace KnowledgeGraph.Api.Schema;

/// <summary>The types every generated schema shares: scalars, provenance, page information, scalar filters.</summary>
public sealed class CommonTypes
{
    /// <summary>Creates the shared types for <paramref name="model"/>.</summary>
    public CommonTypes(GraphModel model)
    {
        NodeKindEnum = new EnumType("NodeKind", "The kinds of node the model declares.");
        foreach (var kind in model.NodeKinds)
        {
            NodeKindEnum.AddValue(kind.Name, kind.Name, kind.Description);
        }
        RelationshipTypeEnum = new EnumType("RelationshipType", "The relationship types the model declares.");
        foreach (var rel in model.RelationshipTypes)
        {
            RelationshipTypeEnum.AddValue(rel.Name, rel.Name, rel.Description);
        }
        var studyRef = new ObjectType("StudyRef", "The study a source names.")
            .Field("id", NonNull(BuiltInScalars.ID))
            .Field("name", NonNull(BuiltInScalars.String));
        Source = new ObjectType("Source", "Provenance of a fact: the study that states it, with the quote or the dataset row, and whether it is stated or inferred.")
            .Field("study", NonNull(studyRef))
            .Field("certainty", NonNull(Certainty))
            .Field("quote", BuiltInScalars.String, description: "The words of the document that state the fact.")
            .Field("dataset", BuiltInScalars.String, description: "The dataset file, for facts read from a dataset.")
            .Field("row", BuiltInScalars.String, description: "The row (or record key) in the dataset.")
            .Field("note", BuiltInScalars.String, description: "Why an inferred fact was inferred, or how a match was made.");
        Claim = new ObjectType("Claim", "A source's claim about a property value; conflicting claims stand side by side.")
            .Field("property", NonNull(BuiltInScalars.String))
            .Field("value", Json, description: "The claimed value (its type is the property's).")
            .Field("qualifier", BuiltInScalars.String, description: "How the source qualifies a number: approximately, more than, at least, less than, at most; null when exact.")
            .Field("study", NonNull(studyRef))
            .Field("certainty", NonNull(Certainty))
            .Field("quote", BuiltInScalars.String)
            .Field("dataset", BuiltInScalars.String)
            .Field("row", BuiltInScalars.String)
            .Field("note", BuiltInScalars.String);
        Alias = new ObjectType("Alias", "Another name of a node, optionally with its language.")
            .Field("name", NonNull(BuiltInScalars.String))
            .Field("lang", BuiltInScalars.String, description: "ISO 639-1 language code, or null.");
        StringFilter = Filter("StringFilter", "Conditions on text: exact (eq, in) or ignoring case (contains, startsWith).", BuiltInScalars.String, ordered: false, text: true);
        IdFilter = Filter("IDFilter", "Conditions on an id (an id a node was merged from matches too).", BuiltInScalars.ID, ordered: false, text: false);
        IntFilter = Filter("IntFilter", "Conditions on a whole number.", BuiltInScalars.Int, ordered: true, text: false);
        FloatFilter = Filter("FloatFilter", "Conditions on a number.", BuiltInScalars.Float, ordered: true, text: false);
        DateFilter = Filter("DateFilter", "Conditions on a date; partial dates compare as ISO text (2019 < 2019-10 < 2019-10-09).", Date, ordered: true, text: false);
        BooleanFilter = new InputObjectType("BooleanFilter", "Conditions on true or false.").Field("eq", BuiltInScalars.Boolean);
        KindFilter = Filter("NodeKindFilter", "Conditions on a node's kind.", NodeKindEnum, ordered: false, text: false);
        NameFilter = new InputObjectType("NameFilter", "Conditions on the name and every alias, folded (case, accents and punctuation ignored): some name or alias must match.")
            .Field("eq", BuiltInScalars.String, description: "Equals this text.")
            .Field("startsWith", BuiltInScalars.String, description: "Starts with this text.")
            .Field("contains", BuiltInScalars.String, description: "Contains this text.");
    }

    /// <summary>A calendar date, possibly partial.</summary>
    public ScalarType Date { get; } = new("Date", "A calendar date, possibly partial: YYYY, YYYY-MM or YYYY-MM-DD (ISO 8601).")
    {
        Serializer = value => value is string s ? s : throw new GraphQLCoercionException($"Date cannot represent {value}."),
        ValueParser = value => value is string s && PropertyValues.IsPartialDate(s)
            ? s : throw new GraphQLCoercionException($"Date must be YYYY, YYYY-MM or YYYY-MM-DD, not {value}."),
    };

    /// <summary>Any JSON value.</summary>
    public ScalarType Json { get; } = new("JSON", "Any JSON value.");

    /// <summary>STATED or INFERRED.</summary>
    public EnumType Certainty { get; } = new EnumType("Certainty", "Whether the source states the fact or the curator inferred it.")
        .AddValue("STATED", "stated", "The source says it.")
        .AddValue("INFERRED", "inferred", "The curator or importer concluded it; the note says why.");

    /// <summary>ASC or DESC.</summary>
    public EnumType SortDirection { get; } = new EnumType("SortDirection", "Ascending or descending.")
        .AddValue("ASC", "ASC", "Smallest first; missing values first.")
        .AddValue("DESC", "DESC", "Largest first; missing values last.");

    /// <summary>The kinds of node.</summary>
    public EnumType NodeKindEnum { get; }

    /// <summary>The relationship types.</summary>
    public EnumType RelationshipTypeEnum { get; }

    /// <summary>A source of a fact.</summary>
    public ObjectType Source { get; }

    /// <summary>A property claim with its source.</summary>
    public ObjectType Claim { get; }

    /// <summary>Another name.</summary>
    public ObjectType Alias { get; }

    /// <summary>Page information of a connection.</summary>
    public ObjectType PageInfo { get; } = new("PageInfo", "Where a page stands: pass endCursor as `after` for the next page.");

    /// <summary>Text conditions.</summary>
    public InputObjectType StringFilter { get; }

    /// <summary>Id conditions.</summary>
    public InputObjectType IdFilter { get; }

    /// <summary>Whole-number conditions.</summary>
    public InputObjectType IntFilter { get; }

    /// <summary>Number conditions.</summary>
    public InputObjectType FloatFilter { get; }

    /// <summary>Date conditions.</summary>
    public InputObjectType DateFilter { get; }

    /// <summary>Boolean conditions.</summary>
    public InputObjectType BooleanFilter { get; }

    /// <summary>Kind conditions.</summary>
    public InputObjectType KindFilter { get; }

    /// <summary>Conditions on the name and the aliases, folded.</summary>
    public InputObjectType NameFilter { get; }

    /// <summary>A non-null type.</summary>
    public static NonNullType NonNull(IGraphQLType type) => new(type);

    /// <summary>A non-null list of non-null items.</summary>
    public static NonNullType ListOf(IGraphQLType type) => new(new ListType(new NonNullType(type)));

    /// <summary>The condition input of one scalar or enum type.</summary>
    public static InputObjectType Filter(string name, string description, IGraphQLType type, bool ordered, bool text)
    {
        var filter = new InputObjectType(name, description)
            .Field("eq", type, description: "Equal (null: the value is missing).")
            .Field("in", new ListType(new NonNullType(type)), description: "Equal to one of these.");
        if (text)
        {
            filter.Field("contains", type, description: "Contains this text, ignoring case.")
                  .Field("startsWith", type, description: "Starts with this text, ignoring case.");
        }
        if (ordered)
        {
            filter.Field("lt", type, description: "Less than.").Field("lte", type, description: "Less than or equal.")
                  .Field("gt", type, description: "Greater than.").Field("gte", type, description: "Greater than or equal.");
        }
        return filter;
    }
}
