using ClaimTracker.Api.Actors;

namespace ClaimTracker.Api.Tests.Extraction;

public sealed class SpeakerResolutionTests
{
    [Fact]
    public void StoredAlias_ResolvesToTheStoredActor()
    {
        var institute = Extract.Actor("Institute for the Study of War", ActorKind.Organization, "", "ISW", "the US think tank");

        var s = Extract.From("According to the US think tank, the front has not moved. The ISW said the offensive had stalled.", institute);

        Assert.Equal(2, s.Count);
        Assert.All(s, x => Assert.Equal(institute.Id, x.Speaker!.Id));
        Assert.Equal(("Institute for the Study of War", ActorKind.Organization), (s[1].Speaker!.Name, s[1].Speaker!.Kind));
    }

    [Fact]
    public void RoleNamedEarlierInTheArticle_ResolvesToItsHolder()
    {
        const string Text = "White House press secretary Karen Holt met reporters. Later, the press secretary said the trip was cancelled.";

        var s = Extract.Single(Text);

        Assert.Equal("Karen Holt", s.Speaker!.Name);
    }

    [Fact]
    public void RoleInAStoredDescription_ResolvesToThatActor()
    {
        var peskov = Extract.Actor("Dmitry Peskov", ActorKind.Person, "Kremlin spokesman", "Peskov");

        var s = Extract.Single("The Kremlin spokesman said the talks would continue next week.", peskov);

        Assert.Equal(peskov.Id, s.Speaker!.Id);
    }

    [Fact]
    public void SurnameOfAStoredActor_ResolvesCaseInsensitively()
    {
        var kirby = Extract.Actor("John Kirby", ActorKind.Person, "", "Kirby");

        var s = Extract.Single("KIRBY said the United States had no part in it.", kirby);

        Assert.Equal(kirby.Id, s.Speaker!.Id);
    }

    [Fact]
    public void Acronym_DefinedInTheArticle_ResolvesToTheFullName()
    {
        const string Text = "The report came from the International Energy Agency (IEA) on Monday. Demand will peak before 2030, the IEA said.";

        var s = Extract.Single(Text);

        Assert.Equal(("International Energy Agency", ActorKind.Organization), (s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void He_AfterAnUnnamedSpokesman_StaysWithTheInstitution()
    {
        const string Text = "\u201CWe will not recognise the result,\u201D said a foreign ministry spokesman of the Foreign Ministry. "
            + "He said that the embassy would stay open.";

        var s = Extract.From(Text);

        Assert.Equal(2, s.Count);
        Assert.Equal(s[0].Speaker, s[1].Speaker);
    }

    [Fact]
    public void KoreanNames_TheFamilyNameAloneResolvesToTheFullName()
    {
        const string Text = "North Korean leader Kim Jong Un visited a factory. Kim said the economy was growing.";

        var s = Extract.Single(Text);

        Assert.Equal("Kim Jong Un", s.Speaker!.Name);
    }
}
