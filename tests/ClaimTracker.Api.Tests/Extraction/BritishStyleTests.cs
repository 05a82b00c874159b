namespace ClaimTracker.Api.Tests.Extraction;

public sealed class BritishStyleTests
{
    [Fact]
    public void StraightSingleQuotes_AfterAColon_ApostrophesInsideDoNotCloseThem()
    {
        const string Text = "Speaking in the Commons, Victoria Atkins said: 'We have cut the longest waits. The plan's working.'";

        var s = Extract.Single(Text);

        Assert.Equal(("We have cut the longest waits. The plan's working.", "Victoria Atkins"), (s.Quote, s.Speaker!.Name));
    }

    [Fact]
    public void AnOfficeWithoutAnInstitution_IsAPerson_AndAParticipleEndsTheClause()
    {
        const string Text = "The health secretary has rejected calls for a public inquiry, saying the recovery plan was already working.";

        var s = Extract.Single(Text);

        Assert.Equal(("calls for a public inquiry", "Health secretary", ClaimTracker.Api.Actors.ActorKind.Person), (s.Quote, s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void SpokespersonOfANamedDepartment_KeepsTheDepartmentsCasing()
    {
        const string Text = "A Department of Health spokesperson said: \"We are committed to bringing down waiting lists.\"";

        var s = Extract.Single(Text);

        Assert.Equal(("Department of Health", ClaimTracker.Api.Actors.ActorKind.Government), (s.Speaker!.Name, s.Speaker.Kind));
    }

    [Fact]
    public void TheAcronym_AfterItsDefinition_ResolvesToTheFullName()
    {
        const string Text = "Analysts at the Institute for Fiscal Studies (IFS) published a report. The IFS said the figure did not include staff costs.";

        var s = Extract.Single(Text);

        Assert.Equal("Institute for Fiscal Studies", s.Speaker!.Name);
    }
}
