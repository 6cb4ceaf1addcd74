using Amazon.CDK;
using Quartet.Aws;
using Quartet.Host;

var app = new App();
QuartetStack.Create(app, Modules.All);
app.Synth();
