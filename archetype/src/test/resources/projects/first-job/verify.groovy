// The app jar holds the jobs, Joinery's runtime and the merged service file, and no Spark.
import java.util.zip.ZipFile

def jar = new File(basedir, 'target/shop-jobs-1.0.0-app.jar')
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
return true
