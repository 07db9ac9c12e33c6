// After `mvn verify joinery:run -Djob=country_revenue` in the generated project:
// the app jar holds the jobs, Joinery's runtime and the merged service file, and no Spark;
// the run through the plugin wrote the job's output; the build wrote the job's diagram to docs/.
import java.util.zip.ZipFile

def project = new File(basedir, 'project/shop-jobs')

def jar = new File(project, 'target/shop-jobs-1.0.0-app.jar')
assert jar.isFile() : "no app jar at ${jar}"
def zip = new ZipFile(jar)
try {
  def names = zip.entries().collect { it.name } as Set
  assert names.contains('com/example/shop/JoineryCountryRevenueJob.class')
  assert names.contains('dev/joinery/runtime/JobRun.class')
  assert names.contains('dev/joinery/cli/JoineryCli.class')
  assert !names.any { it.startsWith('org/apache/spark/sql/SparkSession') } : 'Spark is provided: not in the app jar'
  def services = zip.getInputStream(zip.getEntry('META-INF/services/dev.joinery.runtime.JoineryJob')).text
  assert services.contains('com.example.shop.JoineryCountryRevenueJob')
} finally {
  zip.close()
}

def output = new File(project, 'data/curated/country_revenue')
assert output.isDirectory() && output.listFiles().any { it.name.endsWith('.parquet') } : "joinery:run wrote no Parquet to ${output}"
def log = new File(project, 'build.log').text
assert log.contains('country_revenue') : 'the run summary names the job'

assert new File(project, '.gitignore').text.contains('target/') : 'the project ignores its build output'

def diagrams = new File(project, 'docs/joinery')
assert diagrams.isDirectory() && diagrams.listFiles().any { it.name.endsWith('.svg') } : "no job diagram under ${diagrams}"
return true
