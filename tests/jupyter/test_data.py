"""Data.from and multi-panel figures through the real kernel: records and beans declared in cells, JDBC (H2),
Tablesaw and DFLib added with %maven, and grids and bunches shown inline and saved. Run with /usr/bin/python3."""
import base64
import os

import pytest

from conftest import Kernel, stop_kernel
from test_figures import check_inline, only_bundle, pdf_size, png_size

# The versions plot's own unit tests use (plot/pom.xml), so the local repository has them after `mvn verify`.
H2 = "com.h2database:h2:2.3.232"
TABLESAW = "tech.tablesaw:tablesaw-core:0.43.1"
DFLIB = "org.dflib:dflib:1.0.0"
SPARK = "org.apache.spark:spark-sql_2.13:3.5.8"
# What Spark's own launcher opens on Java 17 (its JavaModuleOptions); a kernel started by Jupyter must be given them.
SPARK_OPENS = ["--add-opens=java.base/%s=ALL-UNNAMED" % package for package in (
    "java.lang", "java.lang.invoke", "java.lang.reflect", "java.io", "java.net", "java.nio", "java.util",
    "java.util.concurrent", "java.util.concurrent.atomic", "sun.nio.ch", "sun.nio.cs", "sun.security.action",
    "sun.util.calendar")]


def figure_of(kernel, code, title):
    """Runs a cell ending in a figure and checks its inline bundle (PNG at scale 2, SVG with the title)."""
    content = only_bundle(kernel.run(code, timeout=120))
    check_inline(content, title)
    return content


def test_records_and_beans_declared_in_cells(kernel):
    kernel.run('record Sale(LocalDate day, String region, double amount, boolean paid) {}\n'
               'List<Sale> sales = List.of(\n'
               '    new Sale(LocalDate.of(2024, 1, 1), "north", 3, true),\n'
               '    new Sale(LocalDate.of(2024, 1, 2), "north", 5, false),\n'
               '    new Sale(LocalDate.of(2024, 1, 1), "south", 2, true),\n'
               '    new Sale(LocalDate.of(2024, 1, 2), "south", 4, true));')
    described = kernel.run("Data.from(sales)").value
    assert described == ("Data[4 rows: day (datetime), region (string), amount (number), paid (string)]"), \
        described
    figure_of(kernel, 'Figure.of(Data.from(sales), Aes.x("day"), Aes.y("amount"), Aes.color("region"))\n'
                      '    .add(Geom.line()).title("Sales by day")', "Sales by day")

    kernel.run("public class Reading {\n"
               "    private final double value;\n"
               "    public Reading(double value) { this.value = value; }\n"
               "    public double getValue() { return value; }\n"
               "    public boolean isHigh() { return value > 1; }\n"
               "}")
    beans = kernel.run("Data.from(List.of(new Reading(0.5), new Reading(2)))").value
    assert beans == "Data[2 rows: high (string), value (number)]", beans


def test_an_unsupported_source_says_what_data_from_accepts(kernel):
    r = kernel.run('Data.from("x,y\\n1,2")', allow_error=True)
    assert r.status == "error"
    message = r.error["evalue"]
    assert "Data.from cannot read a java.lang.String; it takes a collection" in message, message
    assert "a java.sql.ResultSet; a Tablesaw Table; a DFLib DataFrame; or a Spark Dataset" in message, message


def test_a_jdbc_query_from_h2_added_with_maven(kernel):
    kernel.run("%maven " + H2, timeout=300)
    kernel.run('import java.sql.*;\n'
               'Connection db = DriverManager.getConnection("jdbc:h2:mem:sales");\n'
               'Statement sql = db.createStatement();\n'
               'sql.execute("CREATE TABLE sales (sold_on DATE, region VARCHAR(10), amount DECIMAL(8, 2))");\n'
               'sql.execute("INSERT INTO sales VALUES (DATE \'2024-01-01\', \'north\', 3.5), '
               '(DATE \'2024-01-02\', \'north\', NULL), (DATE \'2024-01-03\', \'north\', 4.25)");')
    query = 'sql.executeQuery("SELECT sold_on AS sale_day, region, amount FROM sales")'
    described = kernel.run("Data.from(%s)" % query).value
    assert described == "Data[3 rows: SALE_DAY (datetime), REGION (string), AMOUNT (number)]", described
    figure_of(kernel, 'Data sales = Data.from(sql.executeQuery("SELECT sold_on AS sale_day, amount FROM sales"));\n'
                      'Figure.of(sales, Aes.x("SALE_DAY"), Aes.y("AMOUNT")).add(Geom.point()).title("From H2")',
              "From H2")


def test_a_tablesaw_table_added_with_maven(kernel):
    kernel.run("%maven " + TABLESAW, timeout=300)
    kernel.run('tech.tablesaw.api.Table table = tech.tablesaw.api.Table.create("t",\n'
               '    tech.tablesaw.api.DoubleColumn.create("x", 1, 2, 3),\n'
               '    tech.tablesaw.api.StringColumn.create("g", "a", "b", ""));')
    described = kernel.run("Data.from(table)").value
    assert described == "Data[3 rows: x (number), g (string)]", described
    assert kernel.run('Data.from(table).column("g").values()').value == "[a, b, null]"
    figure_of(kernel, 'Figure.of(Data.from(table), Aes.x("x"), Aes.y("x"), Aes.color("g"))'
                      '.add(Geom.point()).title("From Tablesaw")', "From Tablesaw")


def test_a_dflib_data_frame_added_with_maven(kernel):
    kernel.run("%maven " + DFLIB, timeout=300)
    kernel.run('org.dflib.DataFrame frame = org.dflib.DataFrame.foldByRow("x", "y").of(1, 2.5, 2, 1.5, 3, 4.0);')
    described = kernel.run("Data.from(frame)").value
    assert described == "Data[3 rows: x (number), y (number)]", described
    figure_of(kernel, 'Figure.of(Data.from(frame), Aes.x("x"), Aes.y("y")).add(Geom.line()).title("From DFLib")',
              "From DFLib")


@pytest.mark.skipif(os.environ.get("EASEL_TEST_SPARK") != "1",
                    reason="downloads spark-sql and its ~150 jars; run with EASEL_TEST_SPARK=1")
def test_a_spark_dataset_added_with_maven(easel_prefix, install_easel):
    install_easel(easel_prefix, "--name", "easel-spark", "--kernel-jvm-opts", " ".join(["-Xmx2g"] + SPARK_OPENS))
    from jupyter_client.manager import start_new_kernel
    spark_kernel = Kernel(*start_new_kernel(kernel_name="easel-spark", startup_timeout=90))
    try:
        spark_kernel.run("%maven " + SPARK, timeout=900)
        spark_kernel.run('var spark = org.apache.spark.sql.SparkSession.builder().master("local[1]")\n'
                         '    .config("spark.ui.enabled", "false").getOrCreate();\n'
                         'var ds = spark.sql("SELECT id AS x, id * id AS y, id % 2 = 0 AS even, '
                         'CAST(NULL AS STRING) AS note FROM range(10)");', timeout=300)
        described = spark_kernel.run("Data.from(ds)", timeout=300).value
        assert described == "Data[10 rows: x (number), y (number), even (string), note (string)]", described
        figure_of(spark_kernel, 'Figure.of(Data.from(ds), Aes.x("x"), Aes.y("y"), Aes.color("even"))'
                                '.add(Geom.point()).title("From Spark")', "From Spark")
        big = spark_kernel.run("Data.from(spark.range(2_000_000).toDF())", timeout=300, allow_error=True)
        assert "the Spark Dataset has more than 1,000,000 rows" in big.error["evalue"], big
    finally:
        stop_kernel(spark_kernel)


GRID = ('Figure left = Plot.line(new double[]{1, 2, 3}, new double[]{2, 1, 3}).title("Left panel");\n'
        'Figure right = Plot.bar(new String[]{"a", "b"}, new double[]{3, 5}).title("Right panel");\n'
        'Figure grid = Figure.grid(2, left, right);')


def both_panels_inline(kernel, code, css_size):
    """The bundle of a cell ending in the two-panel figure `code`: both titles in the SVG, the PNG at twice the
    CSS size the figure has."""
    content = figure_of(kernel, code, "Left panel")
    assert "Right panel" in content["data"]["image/svg+xml"]
    css = content["metadata"]["image/png"]
    assert (css["width"], css["height"]) == css_size, css
    return content


def test_a_grid_shows_inline_with_both_panels(kernel):
    kernel.run(GRID)
    content = both_panels_inline(kernel, "grid", (1200, 400))
    assert content["data"]["text/plain"] == "Figure: grid of 2 panels in 2 columns (line, bar), 5 points"


def test_a_bunch_shows_inline_at_the_size_of_its_panels(kernel):
    kernel.run(GRID)
    content = both_panels_inline(kernel, "Figure.bunch().place(left, 0, 0).place(right, 350, 20, 240, 160)",
                                 (600, 400))
    assert png_size(base64.b64decode(content["data"]["image/png"])) == (1200, 800)


def test_a_grid_saves_to_png_and_pdf_and_exports(kernel, tmp_path):
    kernel.run(GRID)
    kernel.run('grid.save(Path.of("%s", "grid.png"));\ngrid.save(Path.of("%s", "grid.pdf"));'
               % (tmp_path, tmp_path), timeout=120)
    with open(os.path.join(tmp_path, "grid.png"), "rb") as f:
        assert png_size(f.read()) == (1200, 400)
    with open(os.path.join(tmp_path, "grid.pdf"), "rb") as f:
        assert pdf_size(f.read()) == (900, 300)  # points: 3/4 of a CSS pixel
    kernel.run("%%export grid %s" % os.path.join(tmp_path, "exported.svg"), timeout=120)
    with open(os.path.join(tmp_path, "exported.svg"), encoding="utf-8") as f:
        svg = f.read()
    assert "Left panel" in svg and "Right panel" in svg
