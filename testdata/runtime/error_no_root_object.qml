// nothing but a comment
import QtQml
