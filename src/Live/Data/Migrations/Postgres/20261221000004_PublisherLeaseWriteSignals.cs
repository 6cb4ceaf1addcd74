using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quartet.Live.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PublisherLeaseWriteSignals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<long>(
                name: "SignalledWrites",
                table: "live_publisher_leases",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.CreateIndex(
                name: "ix_live_publisher_leases_instance",
                table: "live_publisher_leases",
                column: "InstanceId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_live_publisher_leases_instance",
                table: "live_publisher_leases");

            migrationBuilder.DropColumn(
                name: "SignalledWrites",
                table: "live_publisher_leases");
        }
    }
}
