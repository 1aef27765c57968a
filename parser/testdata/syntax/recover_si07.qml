import QtQml 2.15 as Q.R
QtObject {}
